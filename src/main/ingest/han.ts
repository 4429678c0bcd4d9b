/** A Han ideograph (CJK unified, extension A, compatibility): the characters a Chinese line wraps between. */
export function isHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

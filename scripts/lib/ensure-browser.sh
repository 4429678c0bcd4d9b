# Sourced: Debian Chromium and a CJK font for the end-to-end tests, LibreOffice to check exported
# workbooks. Installed with apt only when missing (and only when we may: root or passwordless sudo).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'wenquanyi zen hei' || missing+=(fonts-wqy-zenhei)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then apt_get=(apt-get); elif sudo -n true 2>/dev/null; then apt_get=(sudo apt-get); else apt_get=(); fi
  if [ ${#apt_get[@]} -gt 0 ]; then
    echo "policy-lens: installing ${missing[*]}" >&2
    DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "policy-lens: missing ${missing[*]} and no permission to install; browser/export tests will skip" >&2
  fi
fi

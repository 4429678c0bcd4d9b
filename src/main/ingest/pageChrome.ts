// What on an HTML page is no content: code and metadata, and site chrome (navigation, headers, footers, sidebars) by
// element, role or class name; html.ts keeps chrome that holds most of the page's text or the policy's own dates.
import type { ChildNode, Element } from 'domhandler';

/** Never content: code, embedded objects, metadata. (`<head>` itself is not dropped, only what it holds: a page whose
 * `<head>` never closes, `<head>…<link …>{include …}<header>…`, has its whole body inside it as the parser reads it.) */
export const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'object', 'embed', 'title', 'canvas', 'video', 'audio', 'select', 'button', 'math']);

/** Page chrome by element name or ARIA role. */
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menu', 'menubar', 'search']);
/** Words in id/class names that mean chrome … unless the same token also says it holds the content. */
const CHROME_WORDS = new Set(['nav', 'navbar', 'navigation', 'navlist', 'navitems', 'subnav', 'menu', 'menubar', 'footer', 'foot', 'header', 'breadcrumb', 'breadcrumbs', 'crumbs', 'sidebar', 'topbar', 'toolbar', 'copyright', 'banner', 'cookiebar', 'shortcut', 'topnav', 'skip', 'search', 'logo', 'hotwords']);
// (`cmp-accordion__header`: an accordion item's header is its panel's title.)
const CONTENT_WORDS = new Set(['content', 'article', 'text', 'detail', 'policy', 'privacy', 'agreement', 'terms', 'body', 'main', 'markdown', 'doc', 'accordion']);

function nameWords(token: string): string[] {
  return token
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

function isChromeName(attr: string | undefined): boolean {
  if (!attr) return false;
  for (const token of attr.split(/\s+/)) {
    const words = nameWords(token);
    if (words.some((w) => CHROME_WORDS.has(w)) && !words.some((w) => CONTENT_WORDS.has(w))) return true;
  }
  return false;
}

export function isChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.name)) return true;
  const role = el.attribs.role?.toLowerCase();
  if (role && CHROME_ROLES.has(role)) return true;
  return isChromeName(el.attribs.id) || isChromeName(el.attribs.class);
}

/** Visible text under a node without white space, iteratively (pages can nest thousands deep); stops past `limit`. */
export function visibleText(root: ChildNode, limit = Infinity): string {
  let out = '';
  const stack: ChildNode[] = [root];
  while (stack.length && out.length <= limit) {
    const node = stack.pop()!;
    if (node.type === 'text') out += node.data.replace(/\s+/g, '');
    else if ('children' in node && !(node.type === 'tag' && DROPPED.has((node as Element).name))) {
      for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]);
    }
  }
  return out;
}

export const textLength = (root: ChildNode): number => visibleText(root).length;

/** The policy's own dates (`更新日期：2025年04月09日`, `Last updated`) … */
const POLICY_DATES = /(?:更新|生效|发布|修订|修改)(?:日期|时间)|最近更新|最后更新|last\s*(?:updated|modified|revised)|effective\s*(?:date|as\s*of|from)/i;

/** … in a short header or footer (`<footer><p>更新日期：…</p><p>生效日期：…</p></footer>` under the title) are content, not chrome. */
export function holdsPolicyDates(el: Element): boolean {
  const text = visibleText(el, 300);
  return text.length <= 300 && POLICY_DATES.test(text);
}

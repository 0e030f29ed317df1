// The docs' own script, on every page: the landing page's tag filter, which
// hides the catalogue entries that do not carry the chosen tag. It runs in the
// page, offline; the chosen tag is kept in the address's #tag= so it can be linked.
/* global document, location, history, Element */
(() => {
  const filter = document.querySelector('[data-tag-filter]');
  const entries = [...document.querySelectorAll('.catalogue li')].filter((li) => li.querySelector('[data-tags]'));
  if (filter === null || entries.length === 0) return;
  const choose = (tag) => {
    for (const button of document.querySelectorAll('button.tag[data-tag]'))
      button.setAttribute('aria-pressed', String(button.dataset.tag === tag));
    for (const li of entries) {
      const tags = (li.querySelector('[data-tags]')?.dataset.tags ?? '').split(' ');
      li.hidden = tag !== '' && !tags.includes(tag);
    }
    const hash = tag === '' ? '' : `#tag=${encodeURIComponent(tag)}`;
    if (location.hash !== hash) history.replaceState(null, '', hash === '' ? location.pathname : hash);
  };
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button.tag[data-tag]') : null;
    if (button !== null) choose(button.dataset.tag ?? '');
  });
  const fromHash = /^#tag=(.+)$/.exec(location.hash);
  if (fromHash !== null) choose(decodeURIComponent(fromHash[1]));
})();

// Search: the pages that carry the whole query as a tag, or as a rule that
// catches their trap, go first (window.searchTags, from assets/search-tags.js).
// typedoc's search splits a query at hyphens, so on its own it can rank a page
// that merely mentions "for" and "in" above the kata tagged for-in.
/* global window, MutationObserver, HTMLInputElement, URL */
(() => {
  const input = document.getElementById('tsd-search-input');
  const results = document.getElementById('tsd-search-results');
  const status = document.getElementById('tsd-search-status');
  if (!(input instanceof HTMLInputElement) || results === null) return;
  const base = document.documentElement.dataset.base ?? './';
  const resolved = (url) => new URL(base + url, location.href).href;
  const option = (title, url, index) => {
    const li = document.createElement('li');
    li.id = `tsd-search:tag-${index}`;
    li.role = 'option';
    li.ariaSelected = 'false';
    const a = document.createElement('a');
    a.tabIndex = -1;
    a.href = base + url;
    a.innerHTML = '<svg width="20" height="20" class="tsd-kind-icon"><use href="#icon-8388608"></use></svg>';
    const text = document.createElement('span');
    text.className = 'text';
    text.textContent = title;
    a.append(text);
    li.append(a);
    return li;
  };
  // At most ten results, as typedoc shows; the landing page's tag filter lists every carrier.
  const shownAtMost = 10;
  const rerank = () => {
    const carriers = window.searchTags?.[input.value.trim().toLowerCase()]?.slice(0, shownAtMost);
    if (carriers === undefined) return;
    const wanted = carriers.map(([, url]) => resolved(url));
    const shown = [...results.children];
    const hrefOf = (li) => li.querySelector('a')?.href ?? '';
    // Already in order: this observer's own change, seen again.
    if (wanted.every((href, i) => shown[i] !== undefined && hrefOf(shown[i]) === href)) return;
    const first = carriers.map(
      ([title, url], i) => shown.find((li) => hrefOf(li) === wanted[i]) ?? option(title, url, i),
    );
    const rest = shown.filter((li) => !first.includes(li));
    results.replaceChildren(...[...first, ...rest].slice(0, shownAtMost));
    status?.replaceChildren();
  };
  const observer = new MutationObserver(rerank);
  observer.observe(results, { childList: true });
  if (status !== null) observer.observe(status, { childList: true });
})();

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

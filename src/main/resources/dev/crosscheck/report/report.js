// Filters, search, paging and link handling for report.html. The page is complete without this script:
// everything is rendered server-side and the filter bar stays hidden, so a reader without JavaScript
// (or a printout) still sees every finding.
(function () {
  'use strict';
  var PAGE_SIZE = 50;
  var root = document.documentElement;
  root.classList.remove('no-js');
  root.classList.add('js');

  var filterBar = document.getElementById('filters');
  var sourceSelect = document.getElementById('filter-source');
  var entitySelect = document.getElementById('filter-entity');
  var eventSelect = document.getElementById('filter-event');
  var textInput = document.getElementById('filter-text');
  var verdictBoxes = Array.prototype.slice.call(document.querySelectorAll('#filters input[name=verdict]'));
  var printing = false;

  function lines(value) {
    return value ? value.split('\n') : [];
  }

  var lists = Array.prototype.slice.call(document.querySelectorAll('section.findings')).map(function (section) {
    var items = Array.prototype.slice.call(section.querySelectorAll('article.finding')).map(function (element) {
      return {
        element: element,
        verdict: element.getAttribute('data-verdict'),
        event: element.getAttribute('data-event'),
        sources: lines(element.getAttribute('data-sources')),
        entities: lines(element.getAttribute('data-entities')),
        text: null
      };
    });
    return {
      section: section,
      verdict: section.getAttribute('data-verdict'),
      items: items,
      limit: PAGE_SIZE,
      shown: section.querySelector('.shown'),
      more: section.querySelector('.more'),
      noMatch: section.querySelector('.no-match')
    };
  });
  var timelines = Array.prototype.slice.call(document.querySelectorAll('details.timeline'));
  var documents = Array.prototype.slice.call(document.querySelectorAll('details.document'));

  function state() {
    return {
      verdicts: verdictBoxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; }),
      source: sourceSelect.value,
      entity: entitySelect.value,
      event: eventSelect.value,
      words: textInput.value.toLowerCase().split(/\s+/).filter(function (word) { return word.length > 0; })
    };
  }

  function matches(item, filter) {
    if (filter.source && item.sources.indexOf(filter.source) < 0) { return false; }
    if (filter.entity && item.entities.indexOf(filter.entity) < 0) { return false; }
    if (filter.event && item.event !== filter.event) { return false; }
    if (filter.words.length > 0 && item.text === null) {
      // Read once, on the first search: reading every card's text up front slows the opening of a large report.
      item.text = item.element.textContent.toLowerCase();
    }
    for (var i = 0; i < filter.words.length; i++) {
      if (item.text.indexOf(filter.words[i]) < 0) { return false; }
    }
    return true;
  }

  function apply() {
    var filter = state();
    var filtering = filter.source || filter.entity || filter.event || filter.words.length > 0;
    lists.forEach(function (list) {
      list.section.hidden = filter.verdicts.indexOf(list.verdict) < 0;
      var matched = 0;
      var visible = 0;
      list.items.forEach(function (item) {
        var show = matches(item, filter);
        if (show) {
          matched++;
          show = printing || visible < list.limit;
          if (show) { visible++; }
        }
        item.element.hidden = !show;
      });
      if (list.shown) {
        var paged = visible < matched ? 'showing ' + visible + ' of ' + matched : '';
        list.shown.textContent = filtering
          ? matched + ' of ' + list.items.length + ' match' + (paged ? ', ' + paged : '') : paged;
      }
      if (list.noMatch) { list.noMatch.hidden = matched > 0; }
      if (list.more) { list.more.hidden = visible >= matched; }
    });
    timelines.forEach(function (timeline) {
      timeline.hidden = !!filter.event && timeline.getAttribute('data-event') !== filter.event;
    });
    documents.forEach(function (doc) {
      doc.hidden = !!filter.source && doc.getAttribute('data-source') !== filter.source;
    });
  }

  function restart() {
    lists.forEach(function (list) { list.limit = PAGE_SIZE; });
    apply();
  }

  [sourceSelect, entitySelect, eventSelect].concat(verdictBoxes).forEach(function (control) {
    control.addEventListener('change', restart);
  });
  textInput.addEventListener('input', restart);
  document.getElementById('filter-reset').addEventListener('click', function () {
    sourceSelect.value = '';
    entitySelect.value = '';
    eventSelect.value = '';
    textInput.value = '';
    verdictBoxes.forEach(function (box) { box.checked = true; });
    restart();
  });
  lists.forEach(function (list) {
    var button = list.section.querySelector('.show-more');
    if (button) {
      button.addEventListener('click', function () {
        list.limit += PAGE_SIZE;
        apply();
      });
    }
  });

  // A link may point into a closed <details> (a document, a timeline) or at a finding hidden by a filter or
  // paging: open and show what holds the target before the browser scrolls to it.
  function reveal(id) {
    var target = id && document.getElementById(id);
    if (!target) { return null; }
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === 'DETAILS') { node.open = true; }
      if (node.hidden) { node.hidden = false; }
    }
    return target;
  }

  function idOf(hash) {
    try {
      return decodeURIComponent(hash.replace(/^#/, ''));
    } catch (error) {
      return hash.replace(/^#/, '');
    }
  }

  var flashed = null;
  function focusTarget(target) {
    if (flashed) { flashed.classList.remove('flash'); }
    flashed = target;
    target.classList.add('flash');
    target.scrollIntoView({ block: 'center' });
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a') : null;
    var href = link && link.getAttribute('href');
    if (!href || href.charAt(0) !== '#') { return; }
    var target = reveal(idOf(href));
    // A new fragment scrolls by itself and fires hashchange; following the current one again does neither.
    if (target && location.hash === href) {
      event.preventDefault();
      focusTarget(target);
    }
  });
  window.addEventListener('hashchange', function () {
    var target = reveal(idOf(location.hash));
    if (target) { focusTarget(target); }
  });

  // Print every finding the filters let through, with its evidence and the timelines open: a printout cannot
  // page or expand. Documents stay as the reader left them (all of them would be the whole corpus).
  var openedForPrint = [];
  window.addEventListener('beforeprint', function () {
    printing = true;
    var folded = Array.prototype.slice.call(document.querySelectorAll('details.more-evidence, details.per-event'));
    openedForPrint = timelines.concat(folded).filter(function (details) { return !details.open; });
    openedForPrint.forEach(function (details) { details.open = true; });
    apply();
  });
  window.addEventListener('afterprint', function () {
    printing = false;
    openedForPrint.forEach(function (details) { details.open = false; });
    apply();
  });

  filterBar.hidden = false;
  apply();
  if (location.hash) {
    var initial = reveal(idOf(location.hash));
    if (initial) { focusTarget(initial); }
  }
}());

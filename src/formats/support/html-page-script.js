/*
 * The script of the page writeHtml writes (src/formats/html.ts): when a mark is hovered, focused or pressed, the
 * details panel shows a copy of its row of the table (the one copy of the text on the page), as a list. The time
 * axis zooms and pans (buttons, keys, Ctrl and the wheel, a pinch, a drag), stretching the plot along x while marks
 * and texts keep their size; the filters hide the records of other actors, kinds and sources in the table and in
 * the picture alike.
 *
 * This file is the script's source, for people; the page carries its minified form, html-page-script.min.ts,
 * written from it by `npx tsx scripts/write-page-script.ts` (tests/formats/html-page-script.test.ts fails when
 * that file is stale). It runs in the browser, as a classic script, and uses no library.
 */
(() => {
  const panel = document.getElementById('details-body');
  const rows = new Map();
  for (const row of document.querySelectorAll('.records tbody tr[data-key]'))
    rows.set(row.getAttribute('data-key'), row);
  const terms = Array.from(document.querySelectorAll('.records thead th'), (th) => th.textContent);
  let active = null;
  const show = (mark) => {
    const row = rows.get(mark.getAttribute('data-key'));
    if (!row) return;
    if (active) active.classList.remove('dt-active');
    active = mark;
    mark.classList.add('dt-active');
    const cells = Array.from(row.children);
    const heading = document.createElement('h3');
    heading.textContent = cells[3].textContent;
    const list = document.createElement('dl');
    cells.forEach((cell, i) => {
      if (i === 3 || cell.childNodes.length === 0) return;
      const term = document.createElement('dt');
      term.textContent = terms[i];
      const value = document.createElement('dd');
      for (const node of cell.childNodes) value.appendChild(node.cloneNode(true));
      list.append(term, value);
    });
    panel.replaceChildren(heading, list);
  };
  const markOf = (event) => (event.target instanceof Element ? event.target.closest('.dt-mark') : null);
  for (const type of ['mouseover', 'focusin', 'click']) {
    document.addEventListener(type, (event) => {
      const mark = markOf(event);
      if (mark) show(mark);
    });
  }
  document.addEventListener('keydown', (event) => {
    const mark = markOf(event);
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      show(mark);
    }
  });

  // Zoom and pan on the time axis: the plot's layers are stretched along x; their marks and texts keep their size.
  const viewport = document.getElementById('dt-viewport');
  const svg = viewport?.querySelector('svg');
  const segments = svg
    ? Array.from(svg.querySelectorAll('.dt-axis-line'), (line) => ({
        from: Number(line.getAttribute('data-from')),
        to: Number(line.getAttribute('data-to')),
        x0: Number(line.getAttribute('x1')),
        x1: Number(line.getAttribute('x2')),
      }))
    : [];
  const rangeOut = document.getElementById('dt-range');
  // Chromium would stop Tab at the picture itself, between the zoomable region and its first mark.
  if (svg) svg.setAttribute('tabindex', '-1');
  if (svg && segments.length > 0) {
    const NS = 'http://www.w3.org/2000/svg';
    const left = Math.min(...segments.map((s) => s.x0));
    const right = Math.max(...segments.map((s) => s.x1));
    const plot = right - left;
    const svgWidth = svg.viewBox.baseVal.width;
    const clip = document.createElementNS(NS, 'clipPath');
    clip.id = svg.id + '-plot';
    const clipRect = document.createElementNS(NS, 'rect');
    clipRect.setAttribute('x', String(left - 8));
    clipRect.setAttribute('y', '0');
    clipRect.setAttribute('width', String(svgWidth - left + 8));
    clipRect.setAttribute('height', String(svg.viewBox.baseVal.height));
    clip.appendChild(clipRect);
    svg.appendChild(clip);
    const layers = Array.from(
      svg.querySelectorAll(':scope > .dt-axis, :scope > .dt-lines, :scope > .dt-marks'),
    );
    for (const layer of layers) {
      const wrapper = document.createElementNS(NS, 'g');
      layer.replaceWith(wrapper);
      wrapper.appendChild(layer);
      layer.dtWrapper = wrapper;
    }
    // What keeps its size when the axis stretches: texts (about their anchor) and the marks' symbols (their centre).
    // Measured on the first zoom, not on load: a page of thousands of marks opens as fast as before.
    let kept = null;
    const measure = () => {
      kept = [];
      for (const layer of layers)
        for (const node of layer.querySelectorAll('text, circle, path, .dt-mark > rect:not(.dt-span)')) {
          let at;
          if (node.localName === 'text') at = node.x.baseVal.length > 0 ? node.x.baseVal.getItem(0).value : 0;
          else {
            const box = node.getBBox();
            at = box.x + box.width / 2;
          }
          kept.push([node, at]);
        }
    };
    const centres = new Map();
    const markX = (mark) => {
      if (centres.has(mark)) return centres.get(mark);
      const symbol = mark.querySelector('circle, path, rect:not(.dt-span)');
      const box = symbol ? symbol.getBBox() : null;
      const x = box ? box.x + box.width / 2 : null;
      centres.set(mark, x);
      return x;
    };
    const MAX = 64;
    let zoom = 1;
    let pan = 0;
    const timeAt = (x, start) => {
      for (let i = 0; i < segments.length; i++) {
        const s = segments[i];
        if (x < s.x0) return start ? s.from : i > 0 ? segments[i - 1].to : s.from;
        if (x <= s.x1) return s.from + ((x - s.x0) / (s.x1 - s.x0 || 1)) * (s.to - s.from);
      }
      return segments[segments.length - 1].to;
    };
    const day = (ms) => new Date(ms).toISOString().slice(0, 10);
    const render = () => {
      pan = Math.min(Math.max(pan, 0), plot - plot / zoom);
      const zoomed = zoom > 1;
      viewport.classList.toggle('dt-zoomed', zoomed);
      for (const layer of layers) {
        if (zoomed) {
          layer.setAttribute('transform', `matrix(${zoom} 0 0 1 ${left - zoom * (left + pan)} 0)`);
          layer.dtWrapper.setAttribute('clip-path', `url(#${clip.id})`);
        } else {
          layer.removeAttribute('transform');
          layer.dtWrapper.removeAttribute('clip-path');
        }
      }
      if (zoomed && kept === null) measure();
      // The labels of marks out of the window are hidden, not just clipped: what shows of a mark is its name.
      for (const mark of svg.querySelectorAll('.dt-mark')) {
        if (!zoomed) {
          mark.classList.remove('dt-outside');
          continue;
        }
        const x = markX(mark);
        mark.classList.toggle(
          'dt-outside',
          zoomed && x !== null && (x < left + pan - 1 || x > left + pan + plot / zoom + 1),
        );
      }
      for (const [node, at] of kept || []) {
        if (zoomed) node.setAttribute('transform', `matrix(${1 / zoom} 0 0 1 ${at - at / zoom} 0)`);
        else node.removeAttribute('transform');
      }
      const from = timeAt(left + pan, true);
      const to = timeAt(left + pan + plot / zoom, false);
      viewport.setAttribute('data-from', String(from));
      viewport.setAttribute('data-to', String(to));
      viewport.setAttribute('data-zoom', String(zoom));
      if (rangeOut)
        rangeOut.textContent = `Showing ${day(from)} to ${day(to)} (UTC)${zoomed ? `, zoomed ${Math.round(zoom * 10) / 10}\u00d7` : ''}`;
    };
    // The point of the plot under a pixel of the screen, in the picture's units.
    const scale = () => svg.getBoundingClientRect().width / svgWidth;
    const plotX = (clientX) => (clientX - svg.getBoundingClientRect().left) / scale();
    // A button or key zooms onto the busiest stretch of what is in view and shown: the window of the new width
    // holding the most marks (found in one pass over their sorted positions), not the middle of an axis that may
    // be empty there.
    const busiest = (width) => {
      const xs = [];
      for (const mark of svg.querySelectorAll('.dt-mark')) {
        if (mark.classList.contains('dt-outside') || mark.closest('.dt-hidden')) continue;
        const x = markX(mark);
        if (x !== null) xs.push(x);
      }
      if (xs.length === 0) return null;
      xs.sort((a, b) => a - b);
      let best = 0;
      let from = xs[0];
      for (let i = 0, j = 0; j < xs.length; j++) {
        while (xs[j] - xs[i] > width) i++;
        if (j - i + 1 > best) {
          best = j - i + 1;
          from = xs[i];
        }
      }
      return from + width / 2;
    };
    const zoomTo = (next, atX) => {
      if (typeof atX !== 'number') {
        const wanted = Math.min(Math.max(next, 1), MAX);
        const centre = busiest(plot / wanted);
        zoom = wanted;
        pan = centre === null ? pan : centre - left - plot / zoom / 2;
        render();
        return;
      }
      const x = Math.min(Math.max(atX, left), right);
      const under = left + pan + (x - left) / zoom;
      zoom = Math.min(Math.max(next, 1), MAX);
      pan = under - left - (x - left) / zoom;
      render();
    };
    const panBy = (units) => {
      pan += units / zoom;
      render();
    };
    const actions = {
      'zoom-in': () => zoomTo(zoom * 2),
      'zoom-out': () => zoomTo(zoom / 2),
      'zoom-reset': () => zoomTo(1),
      'pan-left': () => panBy(-plot / 4),
      'pan-right': () => panBy(plot / 4),
    };
    for (const button of document.querySelectorAll('[data-action]'))
      button.addEventListener('click', () => actions[button.getAttribute('data-action')]());
    viewport.addEventListener('keydown', (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const act = {
        '+': 'zoom-in',
        '=': 'zoom-in',
        '-': 'zoom-out',
        _: 'zoom-out',
        0: 'zoom-reset',
        ArrowLeft: 'pan-left',
        ArrowRight: 'pan-right',
      }[event.key];
      if (event.key === 'Home' || event.key === 'End') {
        pan = event.key === 'Home' ? 0 : plot;
        render();
      } else if (act) actions[act]();
      else return;
      event.preventDefault();
    });
    // A wheel with Ctrl (and a trackpad's pinch, which browsers send as one) zooms about the pointer; a sideways
    // wheel, or Shift and the wheel, pans. A plain wheel scrolls the page.
    viewport.addEventListener(
      'wheel',
      (event) => {
        if (event.ctrlKey) zoomTo(zoom * Math.exp(-event.deltaY / 300), plotX(event.clientX));
        else if (zoom > 1 && (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)))
          panBy((((event.shiftKey ? event.deltaY : event.deltaX) / scale()) * zoom) / 4);
        else return;
        event.preventDefault();
      },
      { passive: false },
    );
    // Pointers: one drags the axis, two pinch it.
    const pointers = new Map();
    let pinch = null;
    svg.addEventListener('pointerdown', (event) => {
      if (event.pointerType === 'mouse' && (zoom === 1 || event.button !== 0 || markOf(event))) return;
      pointers.set(event.pointerId, event.clientX);
      svg.setPointerCapture(event.pointerId);
      if (pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        pinch = { distance: Math.abs(a - b) || 1, zoom, at: plotX((a + b) / 2) };
      }
    });
    svg.addEventListener('pointermove', (event) => {
      const was = pointers.get(event.pointerId);
      if (was == null) return;
      pointers.set(event.pointerId, event.clientX);
      if (pointers.size === 2 && pinch) {
        const [a, b] = [...pointers.values()];
        zoomTo((pinch.zoom * (Math.abs(a - b) || 1)) / pinch.distance, pinch.at);
      } else if (pointers.size === 1) panBy(-((event.clientX - was) / scale()) * zoom);
    });
    const release = (event) => {
      pointers.delete(event.pointerId);
      if (pointers.size < 2) pinch = null;
    };
    svg.addEventListener('pointerup', release);
    svg.addEventListener('pointercancel', release);
    // A mark reached by Tab while out of view is brought into it.
    svg.addEventListener('focusin', (event) => {
      const mark = markOf(event);
      const x = mark ? markX(mark) : null;
      if (x === null || zoom === 1) return;
      if (x < left + pan || x > left + pan + plot / zoom) {
        pan = x - left - plot / zoom / 2;
        render();
      }
    });
    render();
  }

  // Filters: by actor, kind and source. A record hidden in the table is hidden in the picture too.
  const selects = Array.from(document.querySelectorAll('select[data-filter]'));
  const shown = document.getElementById('dt-shown');
  const listOf = (row, name) => JSON.parse(row.getAttribute(name) || '[]');
  const drawn = new Map();
  if (svg)
    for (const node of svg.querySelectorAll('.dt-mark, .dt-deadline-line, .dt-beside')) {
      const key = node.getAttribute('data-key') || node.getAttribute('data-for');
      drawn.set(key, [...(drawn.get(key) || []), node]);
    }
  const apply = () => {
    const chosen = Object.fromEntries(
      selects.map((select) => [select.getAttribute('data-filter'), select.value]),
    );
    let count = 0;
    for (const [key, row] of rows) {
      const visible =
        (chosen.actor === '' || listOf(row, 'data-actors').includes(chosen.actor)) &&
        (chosen.kind === '' || listOf(row, 'data-kinds').includes(chosen.kind)) &&
        (chosen.source === '' || listOf(row, 'data-sources').includes(chosen.source));
      if (visible) count++;
      row.classList.toggle('dt-hidden', !visible);
      for (const node of drawn.get(key) || []) node.classList.toggle('dt-hidden', !visible);
    }
    for (const row of document.querySelectorAll('.claims tbody tr'))
      row.classList.toggle(
        'dt-hidden',
        chosen.source !== '' && !listOf(row, 'data-sources').includes(chosen.source),
      );
    if (shown) shown.textContent = `${count} of ${rows.size} records shown`;
  };
  for (const select of selects) select.addEventListener('change', apply);
  if (selects.length > 0) apply();
})();

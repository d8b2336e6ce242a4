// Optional progressive enhancement: sortable columns and a filter box on tables marked for them.
// The site is complete without it.
(function () {
  'use strict';
  function cellValue(row, i) {
    var c = row.cells[i];
    var t = c ? c.textContent.trim() : '';
    var n = parseFloat(t.replace(/[%,σ+]/g, '').replace('−', '-'));
    return isNaN(n) || !/^[-−+]?[\d.]/.test(t) ? t.toLowerCase() : n;
  }
  function sortable(table) {
    var head = table.tHead;
    var body = table.tBodies[0];
    if (!head || !body) return;
    Array.prototype.forEach.call(head.rows[0].cells, function (th, i) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = th.textContent;
      th.textContent = '';
      th.appendChild(b);
      th.setAttribute('aria-sort', 'none');
      b.addEventListener('click', function () {
        var asc = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(head.rows[0].cells, function (o) {
          o.setAttribute('aria-sort', 'none');
        });
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b2) {
          var x = cellValue(a, i),
            y = cellValue(b2, i);
          var r = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : typeof x === 'number' ? -1 : 1;
          return asc ? r : -r;
        });
        rows.forEach(function (r) {
          body.appendChild(r);
        });
      });
    });
  }
  function filterable(table, k) {
    var body = table.tBodies[0];
    if (!body) return;
    var wrap = document.createElement('div');
    wrap.className = 'filter';
    var label = document.createElement('label');
    label.textContent = 'Filter rows ';
    var input = document.createElement('input');
    input.type = 'search';
    input.id = 'filter-' + k;
    label.htmlFor = input.id;
    wrap.appendChild(label);
    wrap.appendChild(input);
    var box = table.parentNode.classList.contains('scroll') ? table.parentNode : table;
    box.parentNode.insertBefore(wrap, box);
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase();
      Array.prototype.forEach.call(body.rows, function (r) {
        r.hidden = q !== '' && r.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  }
  document.querySelectorAll('table.sortable').forEach(sortable);
  document.querySelectorAll('table.filterable').forEach(filterable);
})();

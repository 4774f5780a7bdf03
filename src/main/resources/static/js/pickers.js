// Turns every <select data-picker> into a searchable Tom Select (diacritics ignored: "van mieu" finds "Văn Miếu").
// A select with data-picker-search loads its options from that address as the user types ([{value, text}]); it is
// hidden until then, because without JavaScript the form offers a text field in its place.
(function () {
  function enhance(root) {
    root.querySelectorAll('select[data-picker]:not(.tomselected)').forEach(function (select) {
      // a single select's empty option ("Tất cả", "Không ghi người ký") stays a choice one can go back to
      var options = {plugins: select.multiple ? ['remove_button'] : [], maxOptions: 500,
        allowEmptyOption: !select.multiple};
      var url = select.getAttribute('data-picker-search');
      if (url) {
        options.valueField = 'value';
        options.labelField = 'text';
        options.searchField = ['text'];
        options.load = function (query, callback) {
          fetch(url + (url.indexOf('?') < 0 ? '?' : '&') + 'q=' + encodeURIComponent(query),
              {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
            .then(function (response) { return response.json(); })
            .then(callback)
            .catch(function () { callback(); });
        };
        select.hidden = false;
      }
      // Tom Select points the field's <label for> at its own search box; the original select, which still carries
      // the value and stays in the accessibility tree, keeps its name from that label.
      var label = select.id ? document.querySelector('label[for="' + select.id + '"]') : null;
      if (label && !select.hasAttribute('aria-label')) {
        select.setAttribute('aria-label', label.textContent.replace(/\s+/g, ' ').replace('*', '').trim());
      }
      new TomSelect(select, options);
    });
  }
  document.addEventListener('DOMContentLoaded', function () { enhance(document); });
  document.addEventListener('htmx:afterSettle', function (event) { enhance(event.target); });
})();

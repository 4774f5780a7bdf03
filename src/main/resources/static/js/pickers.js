// Turns every <select data-picker> into a searchable Tom Select (diacritics ignored: "van mieu" finds "Văn Miếu").
// A select with data-picker-search loads its options from that address as the user types ([{value, text}]); it is
// hidden until then, because without JavaScript the form offers a text field in its place.
(function () {
  function enhance(root) {
    root.querySelectorAll('select[data-picker]:not(.tomselected)').forEach(function (select) {
      var options = {plugins: select.multiple ? ['remove_button'] : [], maxOptions: 500};
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
      new TomSelect(select, options);
    });
  }
  document.addEventListener('DOMContentLoaded', function () { enhance(document); });
  document.addEventListener('htmx:afterSettle', function (event) { enhance(event.target); });
})();

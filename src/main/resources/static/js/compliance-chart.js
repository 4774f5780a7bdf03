// Draws the compliance board's chart from the data the server wrote on its canvas: one bar per child row,
// stacked by status. Without JavaScript (or the chart library) the table below carries the same figures.
(function () {
  function draw(root) {
    if (typeof Chart === "undefined") {
      return;
    }
    root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      if (canvas.dataset.drawn) {
        return;
      }
      canvas.dataset.drawn = "true";
      var data = JSON.parse(canvas.dataset.chart);
      var colours = ["#2e7d32", "#f9a825", "#b71c1c", "#9e9e9e"];
      canvas.parentElement.style.height = Math.max(160, data.labels.length * 28 + 60) + "px";
      new Chart(canvas, {
        type: "bar",
        data: {
          labels: data.labels,
          datasets: data.series.map(function (series, i) {
            return { label: series.name, data: series.values, backgroundColor: colours[i % colours.length] };
          })
        },
        options: {
          indexAxis: "y",
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } }
        }
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () { draw(document); });
  document.addEventListener("htmx:load", function (event) { draw(event.target); });
})();

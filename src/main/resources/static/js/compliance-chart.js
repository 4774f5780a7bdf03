// Draws the compliance board's chart from the data the server wrote on its canvas: one bar per child row,
// stacked by status, and, when the campaign owes members' submissions, a second bar of members stacked by on time,
// late, missing and not yet due, counted on an axis of its own (the second axis, drawn at the top).
// Without JavaScript (or the chart library) the table below carries the same figures.
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
      var palettes = [
        ["#2e7d32", "#f9a825", "#b71c1c", "#9e9e9e"],
        ["#1565c0", "#ef6c00", "#6d4c41", "#cfd8dc"]
      ];
      var axes = Object.keys(data.axes || { obligations: "" });
      var scales = { y: { stacked: true } };
      axes.forEach(function (axis, i) {
        scales[axis] = {
          axis: "x",
          position: i === 0 ? "bottom" : "top",
          stacked: true,
          ticks: { precision: 0 },
          title: { display: axes.length > 1, text: data.axes ? data.axes[axis] : "" },
          grid: { drawOnChartArea: i === 0 }
        };
      });
      var used = {};
      canvas.parentElement.style.height = Math.max(160, data.labels.length * 28 * axes.length + 60) + "px";
      new Chart(canvas, {
        type: "bar",
        data: {
          labels: data.labels,
          datasets: data.series.map(function (series) {
            var axis = series.axis || axes[0];
            var palette = palettes[Math.max(0, axes.indexOf(axis)) % palettes.length];
            var n = used[axis] = (used[axis] || 0) + 1;
            return {
              label: series.name,
              data: series.values,
              xAxisID: axis,
              stack: axis,
              backgroundColor: palette[(n - 1) % palette.length]
            };
          })
        },
        options: {
          indexAxis: "y",
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: scales
        }
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () { draw(document); });
  document.addEventListener("htmx:load", function (event) { draw(event.target); });
})();

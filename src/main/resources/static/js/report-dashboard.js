// Draws the report dashboard's three charts from the figures the server wrote into the JSON data block
// (#dashboard-figures): per organization the periods on time, late, missing and not due yet as stacked bars; per
// period the handed-over rate and each indicator's ratio as lines on a percent axis; per overdue report its days
// overdue as bars. The content security policy runs no inline script, hence this file. Without JavaScript (or the
// chart library) the table beside each chart carries the same figures.
(function () {
  var stacks = ["#2e7d32", "#f9a825", "#b71c1c", "#9e9e9e"];
  var lines = ["#1565c0", "#6a1b9a", "#00838f", "#ef6c00", "#5d4037", "#c2185b"];

  // Bars grow the chart downwards, one row per label, so a long list stays readable on a phone.
  function barHeight(canvas, labels) {
    canvas.parentElement.style.height = Math.max(160, labels.length * 28 + 60) + "px";
  }

  function bars(canvas, figures, stacked, palette) {
    barHeight(canvas, figures.labels);
    return {
      type: "bar",
      data: {
        labels: figures.labels,
        datasets: figures.series.map(function (series, i) {
          return { label: series.name, data: series.values, backgroundColor: palette[i % palette.length] };
        })
      },
      options: {
        indexAxis: "y",
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: stacked, beginAtZero: true, ticks: { precision: 0 } },
          y: { stacked: stacked }
        }
      }
    };
  }

  function percentLines(figures) {
    return {
      type: "line",
      data: {
        labels: figures.labels,
        datasets: figures.series.map(function (series, i) {
          var colour = lines[i % lines.length];
          return { label: series.name, data: series.values, borderColor: colour, backgroundColor: colour,
                   spanGaps: false, tension: 0 };
        })
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { min: 0, max: 100, ticks: { callback: function (value) { return value + "%"; } } } }
      }
    };
  }

  function draw() {
    var source = document.getElementById("dashboard-figures");
    if (typeof Chart === "undefined" || !source) {
      return;
    }
    var figures = JSON.parse(source.textContent);
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      var kind = canvas.dataset.chart;
      var data = figures[kind];
      if (!data || canvas.dataset.drawn) {
        return;
      }
      canvas.dataset.drawn = "true";
      var config = kind === "periods"
        ? percentLines(data)
        : bars(canvas, data, kind === "children", kind === "children" ? stacks : [stacks[2]]);
      new Chart(canvas, config);
    });
  }

  document.addEventListener("DOMContentLoaded", draw);
})();

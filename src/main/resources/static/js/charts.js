// Hands the chart options the server wrote into data-chart attributes to Apache ECharts; no drawing code here.
(function () {
  'use strict';

  function render(root) {
    if (!window.echarts) {
      return;
    }
    root.querySelectorAll('[data-chart]').forEach(function (element) {
      var chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element, null, {renderer: 'svg'});
      chart.setOption(JSON.parse(element.dataset.chart), true);
    });
  }

  function dispose(root) {
    if (!window.echarts) {
      return;
    }
    root.querySelectorAll('[data-chart]').forEach(function (element) {
      var chart = window.echarts.getInstanceByDom(element);
      if (chart) {
        chart.dispose();
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () { render(document); });
  document.addEventListener('bb:before-update', function (event) { dispose(event.detail); });
  document.addEventListener('bb:updated', function (event) { render(event.detail); });
  window.addEventListener('resize', function () {
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var chart = window.echarts && window.echarts.getInstanceByDom(element);
      if (chart) {
        chart.resize();
      }
    });
  });
})();

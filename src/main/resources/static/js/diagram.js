// A record's run on its deployed models with the bpmn-js viewer: running steps, completed steps and incidents are
// marked; a called process (a stage, a quality gate) opens on click; the marks are refreshed while the page is open.
(function () {
  'use strict';

  var MARKERS = ['bb-active', 'bb-completed', 'bb-incident', 'bb-drillable'];

  document.addEventListener('DOMContentLoaded', function () {
    var container = document.getElementById('diagram');
    if (!container || !window.BpmnJS) {
      return;
    }
    var nav = document.getElementById('diagram-nav');
    var viewer = new window.BpmnJS({container: container});
    var shown = null;   // the process on screen: {processId, definitionId, ...}
    var marked = [];
    var overlayIds = [];

    function url(processId) {
      return container.dataset.src + (processId ? '?process=' + encodeURIComponent(processId) : '');
    }

    function load(processId) {
      container.dataset.state = 'loading';
      return fetch(url(processId), {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
        .then(function (response) {
          if (!response.ok) {
            throw new Error('The diagram could not be loaded (' + response.status + ')');
          }
          return response.json();
        })
        .then(function (state) {
          var sameModel = shown && shown.definitionId === state.definitionId;
          var imported = sameModel ? Promise.resolve() : viewer.importXML(state.xml).then(function () {
            viewer.get('canvas').zoom('fit-viewport', 'auto');
            marked = [];
            overlayIds = [];
          });
          return imported.then(function () {
            shown = state;
            mark(state);
            navigation(state);
            container.dataset.state = 'rendered';
            container.dataset.process = state.processId;
            container.dataset.active = state.active.join(' ');
            container.dataset.completed = state.completed.join(' ');
            container.dataset.incidents = state.incidents.map(function (i) { return i.activityId; }).join(' ');
          });
        })
        .catch(function (error) {
          container.dataset.state = 'failed';
          container.textContent = error.message;
        });
    }

    function mark(state) {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      var overlays = viewer.get('overlays');
      marked.forEach(function (entry) { canvas.removeMarker(entry[0], entry[1]); });
      overlayIds.forEach(function (id) { overlays.remove(id); });
      marked = [];
      overlayIds = [];
      function add(id, marker) {
        if (registry.get(id)) {
          canvas.addMarker(id, marker);
          marked.push([id, marker]);
        }
      }
      state.completed.forEach(function (id) { add(id, 'bb-completed'); });
      state.active.forEach(function (id) { add(id, 'bb-active'); });
      Object.keys(state.called).forEach(function (id) { add(id, 'bb-drillable'); });
      state.incidents.forEach(function (incident) {
        if (!incident.activityId || !registry.get(incident.activityId)) {
          return;
        }
        add(incident.activityId, 'bb-incident');
        var badge = document.createElement('div');
        badge.className = 'bb-incident-badge';
        badge.title = incident.message || 'incident';
        badge.textContent = '!';
        overlayIds.push(overlays.add(incident.activityId, {position: {top: -10, right: 10}, html: badge}));
      });
    }

    function navigation(state) {
      nav.replaceChildren();
      state.processes.forEach(function (process) {
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = process.name;
        button.className = process.processId === state.processId ? 'current' : '';
        button.addEventListener('click', function () { load(process.processId); });
        nav.appendChild(button);
      });
    }

    viewer.get('eventBus').on('element.click', function (event) {
      var called = shown && shown.called[event.element.id];
      if (called) {
        load(called);
      }
    });

    load(null);
    var every = Number(container.dataset.liveEvery) || 5000;
    window.setInterval(function () {
      if (shown && container.dataset.state === 'rendered') {
        load(shown.processId);
      }
    }, every);
    window.bbDiagramMarkers = MARKERS;
  });
})();

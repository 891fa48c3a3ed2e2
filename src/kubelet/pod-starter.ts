// The foundation kubelet: when a pod is bound to a node, its containers start at once and the pod
// becomes Running and Ready (no probes). The probe-aware kubelet replaces this component.
import type { Component } from '../sim/context.js';
import { PRIORITY } from '../sim/priorities.js';

export const podStarterComponent: Component = {
  name: 'pod-starter',
  install(ctx) {
    const { cluster, engine } = ctx;
    cluster.bus.on('pod:bound', (pod) => {
      engine.at(engine.now, () => {
        if (!cluster.pods.has(pod.key)) return;
        pod.startedAt = engine.now;
        for (const c of pod.containers) {
          Object.assign(c, { state: 'running', reason: undefined, startedAt: engine.now, started: true, ready: true });
          c.containerId = cluster.nextUid('ctr');
          cluster.event('Pod', pod.obj.name, 'Started', `Started container ${c.name}`);
          cluster.bus.emit('container:changed', { pod, container: c });
        }
        cluster.setPhase(pod, 'Running');
        cluster.setReady(pod, true);
      }, PRIORITY.kubelet);
    });
  },
};

// A synchronous, ordered event bus: listeners run in subscription order, so the order in which
// components react to a cluster change is fixed by the order they were installed (determinism).
export class Bus<Events extends { [K in keyof Events]: unknown }> {
  private readonly listeners = new Map<keyof Events, Array<(payload: never) => void>>();

  on<K extends keyof Events>(type: K, fn: (payload: Events[K]) => void): void {
    const list = this.listeners.get(type) ?? [];
    list.push(fn as (payload: never) => void);
    this.listeners.set(type, list);
  }

  emit<K extends keyof Events>(type: K, payload: Events[K]): void {
    const list = this.listeners.get(type);
    if (!list) return;
    for (const fn of list) (fn as (p: Events[K]) => void)(payload);
  }
}

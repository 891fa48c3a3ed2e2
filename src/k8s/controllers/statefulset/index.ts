export { podName, parentAndOrdinal, isMemberOf, POD_NAME_LABEL, REVISION_LABEL } from './identity.js';
export { syncStatefulSet, type SetPod, type SetSpec, type SetStep, type PodManagementPolicy } from './control.js';

// Inline manifests shared by tests: a one-container Deployment selected by `app: <name>`.

export interface DeploymentOptions {
  name?: string;
  replicas: number;
  image: string;
  /** Further container fields, as YAML lines at container-field indentation (10 spaces). */
  containerFields?: string;
}

export function deploymentYaml({ name = 'web', replicas, image, containerFields = '' }: DeploymentOptions): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers:
        - name: app
          image: ${image}
${containerFields}`;
}

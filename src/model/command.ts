// Container command resolution (SPEC §1, Kubernetes "Define a command and arguments for a container"):
// `command` replaces the image ENTRYPOINT and drops the image's default args (CMD);
// `args` replaces the image's default args.
export interface ImageDefaults {
  entrypoint: readonly string[];
  cmd: readonly string[];
}

export function resolveCommand(
  command: readonly string[] | undefined,
  args: readonly string[] | undefined,
  image: ImageDefaults | undefined,
): string[] {
  const entrypoint = image?.entrypoint ?? [];
  const cmd = image?.cmd ?? [];
  if (command !== undefined) return [...command, ...(args ?? [])];
  return [...entrypoint, ...(args ?? cmd)];
}

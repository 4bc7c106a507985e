declare module 'virtual:devrecall-stacks' {
  const stacks: import('./content').Stack[];
  export default stacks;
}

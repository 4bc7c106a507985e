declare module 'virtual:devrecall-stacks' {
  const packs: import('./pack').StackPack[];
  export default packs;
}

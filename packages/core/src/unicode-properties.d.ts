declare module 'unicode-properties' {
  const unicode: {
    getScript(codePoint: number): string;
    getCategory(codePoint: number): string;
  };
  export default unicode;
}

// One setup file for every Vitest run; DOM-specific setup lives in the tests that opt into jsdom.
export {};

/** The wake file's name (wake-file.ts), apart so the worker script's first module can read it without loading zod first (wake-start.ts). */
export const WAKE_FILE_NAME = 'wake.json';

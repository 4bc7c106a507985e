/** The IndexedDB database that holds everything the user saves. */
export const DB_NAME = 'devrecall';

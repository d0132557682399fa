import { type FormErrors, schemaResolver } from '@mantine/form';
import { localizeContractMessage } from './contractMessages';

/**
 * Mantine's schema resolver on a contract schema, its messages in the screens' language: the form
 * checks exactly what the core will, and says it the way the rest of the screen does.
 */
export function localizedResolver(
  schema: Parameters<typeof schemaResolver>[0],
): (values: unknown) => FormErrors {
  const resolve = schemaResolver(schema, { sync: true });
  return (values) =>
    Object.fromEntries(
      Object.entries(resolve(values)).map(([path, message]) => [
        path,
        typeof message === 'string' ? localizeContractMessage(message) : message,
      ]),
    );
}

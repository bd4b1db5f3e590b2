/** Operator names as people type them ("aws", "Amazon Web Services") → catalog operators. */
import type { Operator } from '../catalog/schema';

type OperatorLike = Pick<Operator, 'id' | 'name' | 'aliases'>;

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Exact (case- and space-insensitive) match on name, alias or id; no fuzzy guesses. */
export function findOperator<T extends OperatorLike>(name: string, operators: readonly T[]): T | undefined {
  const key = norm(name);
  if (!key) return undefined;
  return (
    operators.find((o) => norm(o.name) === key) ??
    operators.find((o) => o.aliases.some((a) => norm(a) === key)) ??
    operators.find((o) => o.id === key)
  );
}

export type OperatorChoice = { kind: 'existing'; id: string; name: string } | { kind: 'new'; name: string } | { kind: 'none' };

/** What saving with this operator field would do: link a known operator or create a new one. */
export function chooseOperator(name: string, operators: readonly OperatorLike[]): OperatorChoice {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) return { kind: 'none' };
  const found = findOperator(trimmed, operators);
  return found ? { kind: 'existing', id: found.id, name: found.name } : { kind: 'new', name: trimmed };
}

export function operatorName(id: string, operators: readonly OperatorLike[]): string {
  return operators.find((o) => o.id === id)?.name ?? id;
}

// What a campus budget line has committed and spent, as the service books it (the
// ledger of the Kindercampus: commitments when a request is agreed, spending when it is
// done).
import type { BudgetCategory } from '../gql/graphql';

export interface BudgetUse {
  category: BudgetCategory;
  amountCent: number;
  committedCent: number;
  spentCent: number;
  remainingCent: number;
}

export function budgetUse(lines: readonly BudgetUse[]): BudgetUse[] {
  return lines.map((l) => ({ category: l.category, amountCent: l.amountCent, committedCent: l.committedCent, spentCent: l.spentCent, remainingCent: l.remainingCent }));
}

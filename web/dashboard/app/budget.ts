// What a campus budget line has committed and spent: the campus's Anfragen proposed to
// be paid from the line, accepted or agreed (committed) or done (spent).
import type { AnfrageStatus, BudgetCategory, FundingSource } from '../gql/graphql';

export interface BudgetUse {
  category: BudgetCategory;
  amountCent: number;
  committedCent: number;
  spentCent: number;
  remainingCent: number;
}

interface Funded {
  status: AnfrageStatus;
  totalCostCent: number;
  funding: { source: FundingSource; category: BudgetCategory | null };
}

export function budgetUse(lines: readonly { category: BudgetCategory; amountCent: number }[], anfragen: readonly Funded[]): BudgetUse[] {
  return lines.map((l) => {
    let committedCent = 0;
    let spentCent = 0;
    for (const a of anfragen) {
      if (a.funding.source !== 'CAMPUS_BUDGET' || a.funding.category !== l.category) continue;
      if (a.status === 'ACCEPTED' || a.status === 'AGREED') committedCent += a.totalCostCent;
      if (a.status === 'DONE') spentCent += a.totalCostCent;
    }
    return { category: l.category, amountCent: l.amountCent, committedCent, spentCent, remainingCent: l.amountCent - committedCent - spentCent };
  });
}

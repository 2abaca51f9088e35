/**
 * A deterministic allowance of work shared by every claim of one re-anchoring, so that a hostile
 * document (one letter repeated two million times, thousands of claims) cannot hold the event
 * loop: each search step that could be expensive asks first and is skipped when the allowance
 * is spent. A unit is roughly one step of an inner loop (a character compared, a cell of a
 * dynamic-programming table). Wall-clock time would be simpler but would make the same revision
 * anchor differently on a busy server.
 */
export class WorkBudget {
  private spent = 0;

  /** `parent`, when given, is charged for everything this budget spends too. */
  constructor(
    readonly total: number,
    private readonly parent: WorkBudget | null = null,
  ) {}

  get remaining(): number {
    const own = Math.max(0, this.total - this.spent);
    return this.parent ? Math.min(own, this.parent.remaining) : own;
  }

  /** Spends `units` if that many are left; false (and nothing spent) otherwise. */
  trySpend(units: number): boolean {
    if (units > this.remaining) return false;
    this.charge(units);
    return true;
  }

  /** Records work already done (whose size was only known afterwards). */
  charge(units: number): void {
    this.spent += units;
    this.parent?.charge(units);
  }

  /** A budget of at most `limit` units drawn from this one. */
  child(limit: number): WorkBudget {
    return new WorkBudget(limit, this);
  }
}

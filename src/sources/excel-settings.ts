/**
 * Per-workbook settings through Office.context.document.settings: saved inside the file, so they
 * travel with it. set() only changes the in-memory copy; save() persists (saveAsync).
 */

/** The part of Office.Settings we use (office-addin-mock objects provide the same). */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
}

export class DocumentSettings {
  /** A getter, so that the global Office.context is looked up only when first used. */
  constructor(private readonly source: SettingsLike | (() => SettingsLike)) {}

  private get s(): SettingsLike {
    return typeof this.source === 'function' ? this.source() : this.source;
  }

  get<T>(key: string): T | undefined {
    const v = this.s.get(key);
    return v === null || v === undefined ? undefined : (v as T);
  }

  set(key: string, value: unknown): void {
    this.s.set(key, value);
  }

  remove(key: string): void {
    this.s.remove(key);
  }

  save(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.s.saveAsync((result) => {
        // Office.AsyncResultStatus.Failed is the string "failed"; compared by value so that this
        // file needs no Office global.
        if (String(result?.status).toLowerCase() === 'failed') {
          reject(Object.assign(new Error(result.error?.message ?? '设置未能保存到工作簿'), { code: 'SaveFailed' }));
        } else resolve();
      });
    });
  }
}

import { useEffect } from 'react';

const printingClass = 'airledger-reports';

/** While a report screen is shown, printing leaves out the app's frame (see ReportsPrint.module.css). */
export function usePrintableReport(): void {
  useEffect(() => {
    document.body.classList.add(printingClass);
    return () => document.body.classList.remove(printingClass);
  }, []);
}

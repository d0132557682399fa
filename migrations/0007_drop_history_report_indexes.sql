DROP INDEX `operator_history_confirmed`;--> statement-breakpoint
DROP INDEX `operator_history_requestor`;
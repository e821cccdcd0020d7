"use client";
// What can be done with a reminder from the list: mark it done, dismiss it with a reason, or (for
// coordinators) give it to someone. Each is sent with the version read.
import { useTranslations } from "next-intl";
import { completeReminderAction, dismissReminderAction, assignReminderAction } from "@/lib/tasks/actions";
import { assignTaskSchema, dismissTaskSchema } from "@/lib/tasks/schema";
import type { AssignableMember } from "@/lib/tasks/types";
import { ActionButton } from "@/components/ui/action-button";
import { defineForm } from "@/components/ui/form-field";
import { SmallForm } from "@/components/ui/small-form";

const Dismiss = defineForm(dismissTaskSchema);
const Assign = defineForm(assignTaskSchema);

export function TaskActions({
  task,
  members,
}: {
  task: { id: string; version: number; assigneeId: string | null };
  /** Whom it may be given to; null when the reader may not assign. */
  members: AssignableMember[] | null;
}) {
  const t = useTranslations("tasks");
  return (
    <div className="stack" data-testid={`task-actions-${task.id}`}>
      <ActionButton
        label={t("done")}
        doneMessage={t("doneSaid")}
        run={() => completeReminderAction(task.id, { version: task.version })}
      />
      <details className="casefile-add">
        <summary>{t("dismiss")}</summary>
        <SmallForm
          schema={Dismiss.schema}
          defaults={{ version: task.version, reason: "" }}
          action={(v) => dismissReminderAction(task.id, v)}
          submitLabel={t("dismiss")}
          successMessage={t("dismissedSaid")}
          testId={`dismiss-${task.id}`}
        >
          <Dismiss.Textarea name="reason" id={`dismiss-reason-${task.id}`} label={t("reason")} rows={2} />
        </SmallForm>
      </details>
      {members ? (
        <details className="casefile-add">
          <summary>{t("assign")}</summary>
          <SmallForm
            schema={Assign.schema}
            defaults={{ version: task.version, assigneeId: task.assigneeId ?? "" }}
            action={(v) => assignReminderAction(task.id, v)}
            submitLabel={t("assign")}
            successMessage={t("assignedSaid")}
            resetOnSuccess={false}
            testId={`assign-${task.id}`}
          >
            <Assign.Select name="assigneeId" id={`assignee-${task.id}`} label={t("assignee")}>
              <option value="">{t("queue")}</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </Assign.Select>
          </SmallForm>
        </details>
      ) : null}
    </div>
  );
}

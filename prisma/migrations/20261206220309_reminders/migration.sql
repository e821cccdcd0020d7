-- CreateEnum
CREATE TYPE "TaskKind" AS ENUM ('DOCUMENT_EXPIRY', 'HEARING', 'FINE_DUE', 'PERMIT_ENDS', 'REGISTRATION_ENDS', 'SUPPORT_ITEM', 'CONSENT_REVIEW', 'MANUAL');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'DONE', 'DISMISSED');

-- CreateTable
CREATE TABLE "tasks" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "victim_id" UUID,
    "kind" "TaskKind" NOT NULL,
    "source_id" UUID,
    "event_on" DATE,
    "due_on" DATE NOT NULL,
    "title_encrypted" TEXT,
    "assignee_id" UUID,
    "status" "TaskStatus" NOT NULL DEFAULT 'OPEN',
    "dismiss_reason_encrypted" TEXT,
    "closed_by_id" UUID,
    "closed_at" TIMESTAMP(3),
    "created_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "tasks_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "tasks_organisation_id_status_due_on_idx" ON "tasks"("organisation_id", "status", "due_on");

-- CreateIndex
CREATE INDEX "tasks_assignee_id_status_due_on_idx" ON "tasks"("assignee_id", "status", "due_on");

-- CreateIndex
CREATE INDEX "tasks_victim_id_idx" ON "tasks"("victim_id");

-- CreateIndex
CREATE UNIQUE INDEX "tasks_kind_source_id_key" ON "tasks"("kind", "source_id");

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_closed_by_id_fkey" FOREIGN KEY ("closed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Row-level security (decision 0009): a reminder is its organisation's alone; a partner never sees
-- another organisation's work. The assignee must be a member of that organisation.
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tasks_read ON tasks FOR SELECT USING (organisation_id = (SELECT tumar_org()));
CREATE POLICY tasks_insert ON tasks FOR INSERT WITH CHECK (
  organisation_id = (SELECT tumar_org())
  AND (tasks.victim_id IS NULL OR EXISTS (SELECT 1 FROM victims v WHERE v.id = tasks.victim_id AND v.organisation_id = tasks.organisation_id))
  AND (tasks.assignee_id IS NULL OR EXISTS (SELECT 1 FROM memberships m
    WHERE m.user_id = tasks.assignee_id AND m.organisation_id = tasks.organisation_id)));
CREATE POLICY tasks_update ON tasks FOR UPDATE USING (organisation_id = (SELECT tumar_org())) WITH CHECK (
  organisation_id = (SELECT tumar_org())
  AND (tasks.assignee_id IS NULL OR EXISTS (SELECT 1 FROM memberships m
    WHERE m.user_id = tasks.assignee_id AND m.organisation_id = tasks.organisation_id)));
CREATE POLICY tasks_delete ON tasks FOR DELETE USING (organisation_id = (SELECT tumar_org()));

-- Reminders for the dates already on record, as lib/tasks/reminders.ts writes them from now on
-- (the same lead days: LEAD_DAYS in lib/tasks/codes.ts), for people whose record is open.
INSERT INTO tasks (id, organisation_id, victim_id, kind, source_id, event_on, due_on, assignee_id, updated_at)
SELECT gen_random_uuid(), d.organisation_id, d.victim_id, 'DOCUMENT_EXPIRY', d.id, d.expires_on, d.expires_on - 60, v.assigned_to_id, now()
  FROM person_documents d JOIN victims v ON v.id = d.victim_id
 WHERE d.expires_on IS NOT NULL AND v.status IN ('ACTIVE', 'FOLLOW_UP') AND v.anonymised_at IS NULL;
INSERT INTO tasks (id, organisation_id, victim_id, kind, source_id, event_on, due_on, assignee_id, updated_at)
SELECT gen_random_uuid(), h.organisation_id, p.victim_id, 'HEARING', h.id, h.held_on, h.held_on - 3, v.assigned_to_id, now()
  FROM proceeding_hearings h JOIN legal_proceedings p ON p.id = h.proceeding_id JOIN victims v ON v.id = p.victim_id
 WHERE h.status = 'SCHEDULED' AND v.status IN ('ACTIVE', 'FOLLOW_UP') AND v.anonymised_at IS NULL;
INSERT INTO tasks (id, organisation_id, victim_id, kind, source_id, event_on, due_on, assignee_id, updated_at)
SELECT gen_random_uuid(), l.organisation_id, l.victim_id, k.kind::"TaskKind", l.id, k.event_on, k.event_on - k.lead, v.assigned_to_id, now()
  FROM legal_statuses l JOIN victims v ON v.id = l.victim_id
  CROSS JOIN LATERAL (VALUES
    ('FINE_DUE', CASE WHEN l.fines_owed IS NOT NULL THEN l.fines_due_on END, 7),
    ('PERMIT_ENDS', l.permit_until, 14),
    ('REGISTRATION_ENDS', l.registered_until, 7)) AS k(kind, event_on, lead)
 WHERE k.event_on IS NOT NULL AND v.status IN ('ACTIVE', 'FOLLOW_UP') AND v.anonymised_at IS NULL;
INSERT INTO tasks (id, organisation_id, victim_id, kind, source_id, event_on, due_on, assignee_id, updated_at)
SELECT gen_random_uuid(), v.organisation_id, s.victim_id, 'SUPPORT_ITEM', s.id, s.planned_on, s.planned_on, v.assigned_to_id, now()
  FROM support_plan_items s JOIN victims v ON v.id = s.victim_id
 WHERE s.planned_on IS NOT NULL AND s.status <> 'DONE' AND v.status IN ('ACTIVE', 'FOLLOW_UP') AND v.anonymised_at IS NULL;

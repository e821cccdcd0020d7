-- AlterTable
ALTER TABLE "organisations" ADD COLUMN "access_epoch" INTEGER NOT NULL DEFAULT 0;

-- ---------------------------------------------------------------------------------------------
-- The organisation's access epoch (issue 22, decision 0041): a number that changes whenever
-- the grants it holds or the break-glass openings of its staff change, so that the app may keep
-- what the person rule needs (lib/access/people.ts) between requests and read it again only when
-- the number it reads with the request's actor (lib/auth/load-actor.ts, the same statement) has
-- moved. Time alone (a grant or an opening reaching its expiry) does not move it: the app keeps
-- each row's expiry and applies it at every use.
--
-- Bumped by deferred constraint triggers, i.e. at commit, after the transaction's other locks:
-- the organisation's row is locked only for the commit's last moment, so a grant written in a
-- transaction that also appends to the audit chain (an advisory lock per organisation) cannot
-- wait on another such transaction in the opposite order. Grant and break-glass writes are rare
-- (a referral, a repatriation, a placement, an emergency opening), so one row per organisation is
-- no point of contention; the hotline's writes never touch it.
--
-- SECURITY DEFINER: the app's role may not update organisations; the function changes nothing but
-- this counter. Tables are named with their schema, as in 20261207210000.

CREATE FUNCTION tumar_bump_access_epoch() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
  row_now record := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  IF TG_TABLE_NAME = 'access_grants' THEN
    -- The grantee, the grantee before a change, and the holders of grants opened through this
    -- one (a child dies with its parent: lib/access/policy.ts activeGrantWhere).
    UPDATE public.organisations SET access_epoch = access_epoch + 1
     WHERE id = row_now.grantee_organisation_id
        OR (TG_OP = 'UPDATE' AND id = OLD.grantee_organisation_id)
        OR id IN (SELECT c.grantee_organisation_id FROM public.access_grants c WHERE c.parent_grant_id = row_now.id);
  ELSE
    UPDATE public.organisations SET access_epoch = access_epoch + 1
     WHERE id = row_now.organisation_id OR (TG_OP = 'UPDATE' AND id = OLD.organisation_id);
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER access_grants_access_epoch
  AFTER INSERT OR UPDATE OR DELETE ON access_grants
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION tumar_bump_access_epoch();

CREATE CONSTRAINT TRIGGER break_glass_accesses_access_epoch
  AFTER INSERT OR UPDATE OR DELETE ON break_glass_accesses
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION tumar_bump_access_epoch();

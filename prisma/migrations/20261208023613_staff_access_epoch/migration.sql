-- SQL only: the schema is unchanged.
-- ---------------------------------------------------------------------------------------------
-- The access epoch (20261207231717, decision 0041) also moves when the organisation's staff
-- change: a membership made, changed (its role) or removed, and a member's name changed. The app
-- then keeps the organisation's staff list between requests too (lib/orgs/staff.ts): the hotline
-- names its calls' operators from it and offers it as the operator filter, without reading users
-- on every page. Staff changes are rare (an invitation accepted, a role changed), so moving the
-- epoch there costs the grant reads of one request per instance.
--
-- Same deferred constraint triggers as the grants': the organisation's row is locked only at
-- commit. A membership row has its organisation, so the existing function serves it; a user's
-- name moves the epoch of every organisation the user is a member of.

CREATE CONSTRAINT TRIGGER memberships_access_epoch
  AFTER INSERT OR UPDATE OR DELETE ON memberships
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION tumar_bump_access_epoch();

CREATE FUNCTION tumar_bump_access_epoch_of_member() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NEW.name IS DISTINCT FROM OLD.name THEN
    UPDATE public.organisations SET access_epoch = access_epoch + 1
     WHERE id IN (SELECT m.organisation_id FROM public.memberships m WHERE m.user_id = NEW.id);
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER users_name_access_epoch
  AFTER UPDATE OF name ON users
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION tumar_bump_access_epoch_of_member();

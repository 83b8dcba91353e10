"""The team project's tables in PostgreSQL, their versioned migrations, and who may do what.

Everything lives in the schema `team`. The lead's login runs `server init` and owns the
tables, so it reads and writes everything (the scheme, the hand-outs, the gold). Annotators'
logins are members of the role `team_annotators`; row-level security lets each of them see the
documents handed to them (all, while nothing is handed out) and read and write only the spans,
links and statuses that carry their own name. The server enforces it, whatever a client sends.

Every row that a sync moves carries `xid`, the writing transaction (pg_current_xact_id()), set
by a trigger: a pull asks for rows written by transactions not yet seen, so a transaction that
commits late is still picked up (sequence numbers would skip it).
"""
from __future__ import annotations

from typing import Any

ANNOTATORS = "team_annotators"   # the group role of every annotator's login

_V1 = f"""
CREATE SCHEMA team;
CREATE TABLE team.meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE team.documents (
  id bigint PRIMARY KEY,
  sha256 text NOT NULL UNIQUE,
  title text NOT NULL,
  text text NOT NULL,
  source text,
  external_id text,
  meta text NOT NULL DEFAULT '{{}}',
  note text NOT NULL DEFAULT '',
  added_at text NOT NULL,
  xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE TABLE team.layers (
  name text PRIMARY KEY,
  position integer NOT NULL,
  description text NOT NULL DEFAULT ''
);
CREATE TABLE team.labels (
  name text PRIMARY KEY,
  layer text NOT NULL REFERENCES team.layers(name) ON UPDATE CASCADE,
  color text NOT NULL,
  hotkey text NOT NULL DEFAULT '',
  description text NOT NULL DEFAULT '',
  attributes text NOT NULL DEFAULT '{{}}',
  position integer NOT NULL
);
CREATE TABLE team.relation_types (
  name text PRIMARY KEY,
  heads text NOT NULL DEFAULT '[]',
  tails text NOT NULL DEFAULT '[]',
  description text NOT NULL DEFAULT '',
  position integer NOT NULL
);
CREATE TABLE team.scheme_version (id integer PRIMARY KEY CHECK (id = 1),
                                  xid xid8 NOT NULL DEFAULT pg_current_xact_id());
INSERT INTO team.scheme_version (id) VALUES (1);
-- the lead's label renames, in order, so that each working copy renames rather than drops
CREATE TABLE team.label_renames (
  seq bigserial PRIMARY KEY,
  old text NOT NULL,
  new text NOT NULL,
  xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE TABLE team.handouts (
  doc_id bigint NOT NULL REFERENCES team.documents(id) ON DELETE CASCADE,
  annotator text NOT NULL,
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  PRIMARY KEY (doc_id, annotator)
);
CREATE INDEX handouts_annotator ON team.handouts(annotator);
CREATE TABLE team.spans (
  uid uuid PRIMARY KEY,
  doc_id bigint NOT NULL REFERENCES team.documents(id) ON DELETE CASCADE,
  start integer NOT NULL,
  "end" integer NOT NULL,
  label text NOT NULL,        -- renamed with its label by the lead's sync (team.label_renames)
  annotator text NOT NULL,
  origin text NOT NULL DEFAULT 'manual',
  attributes text NOT NULL DEFAULT '{{}}',
  created_at text NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  CHECK (0 <= start AND start < "end")
);
CREATE INDEX spans_doc ON team.spans(doc_id);
CREATE INDEX spans_annotator ON team.spans(annotator);
CREATE INDEX spans_label ON team.spans(label);
CREATE TABLE team.relations (
  uid uuid PRIMARY KEY,
  doc_id bigint NOT NULL REFERENCES team.documents(id) ON DELETE CASCADE,
  head uuid NOT NULL REFERENCES team.spans(uid) ON DELETE CASCADE,
  tail uuid NOT NULL REFERENCES team.spans(uid) ON DELETE CASCADE,
  type text NOT NULL,
  annotator text NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX relations_doc ON team.relations(doc_id);
CREATE INDEX relations_head ON team.relations(head);
CREATE INDEX relations_tail ON team.relations(tail);
CREATE INDEX relations_annotator ON team.relations(annotator);
CREATE TABLE team.statuses (
  doc_id bigint NOT NULL REFERENCES team.documents(id) ON DELETE CASCADE,
  annotator text NOT NULL,
  status text NOT NULL,
  updated_at text NOT NULL,
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  PRIMARY KEY (doc_id, annotator)
);
CREATE INDEX statuses_annotator ON team.statuses(annotator);
CREATE INDEX spans_xid ON team.spans(xid);
CREATE INDEX relations_xid ON team.relations(xid);
CREATE INDEX statuses_xid ON team.statuses(xid);

-- every change is stamped with its transaction, which pulls ask for
CREATE FUNCTION team.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.xid := pg_current_xact_id(); RETURN NEW; END $$;
CREATE TRIGGER spans_stamp BEFORE UPDATE ON team.spans FOR EACH ROW EXECUTE FUNCTION team.stamp();
CREATE TRIGGER relations_stamp BEFORE UPDATE ON team.relations
  FOR EACH ROW EXECUTE FUNCTION team.stamp();
CREATE TRIGGER statuses_stamp BEFORE UPDATE ON team.statuses
  FOR EACH ROW EXECUTE FUNCTION team.stamp();
CREATE TRIGGER documents_stamp BEFORE UPDATE ON team.documents
  FOR EACH ROW EXECUTE FUNCTION team.stamp();
CREATE FUNCTION team.scheme_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN UPDATE team.scheme_version SET xid = pg_current_xact_id(); RETURN NULL; END $$;
CREATE TRIGGER labels_changed AFTER INSERT OR UPDATE OR DELETE ON team.labels
  FOR EACH STATEMENT EXECUTE FUNCTION team.scheme_changed();
CREATE TRIGGER layers_changed AFTER INSERT OR UPDATE OR DELETE ON team.layers
  FOR EACH STATEMENT EXECUTE FUNCTION team.scheme_changed();
CREATE TRIGGER relation_types_changed AFTER INSERT OR UPDATE OR DELETE ON team.relation_types
  FOR EACH STATEMENT EXECUTE FUNCTION team.scheme_changed();

-- a span sent with a label the lead has since renamed takes the label's new name
CREATE FUNCTION team.follow_renames() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE target text := NEW.label; hops integer := 0;
BEGIN
  WHILE target IS NOT NULL AND hops < 100
        AND NOT EXISTS (SELECT 1 FROM team.labels WHERE name = target) LOOP
    SELECT r.new INTO target FROM team.label_renames r WHERE r.old = target
      ORDER BY r.seq DESC LIMIT 1;
    hops := hops + 1;
  END LOOP;
  IF target IS NOT NULL THEN NEW.label := target; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER spans_follow_renames BEFORE INSERT OR UPDATE OF label ON team.spans
  FOR EACH ROW EXECUTE FUNCTION team.follow_renames();

-- a commit that others should see is announced; desktops LISTEN and sync
CREATE FUNCTION team.announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM pg_notify('team_changed', TG_TABLE_NAME); RETURN NULL; END $$;
CREATE TRIGGER spans_announce AFTER INSERT OR UPDATE OR DELETE ON team.spans
  FOR EACH STATEMENT EXECUTE FUNCTION team.announce();
CREATE TRIGGER statuses_announce AFTER INSERT OR UPDATE OR DELETE ON team.statuses
  FOR EACH STATEMENT EXECUTE FUNCTION team.announce();
CREATE TRIGGER documents_announce AFTER INSERT OR UPDATE OR DELETE ON team.documents
  FOR EACH STATEMENT EXECUTE FUNCTION team.announce();
CREATE TRIGGER handouts_announce AFTER INSERT OR UPDATE OR DELETE ON team.handouts
  FOR EACH STATEMENT EXECUTE FUNCTION team.announce();

-- who may do what
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{ANNOTATORS}') THEN
    CREATE ROLE {ANNOTATORS} NOLOGIN;
  END IF;
END $$;
GRANT USAGE ON SCHEMA team TO {ANNOTATORS};
GRANT SELECT ON team.meta, team.documents, team.layers, team.labels, team.relation_types,
  team.scheme_version, team.label_renames, team.handouts TO {ANNOTATORS};
GRANT SELECT, INSERT, UPDATE, DELETE ON team.spans, team.relations, team.statuses
  TO {ANNOTATORS};
ALTER TABLE team.documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE team.handouts ENABLE ROW LEVEL SECURITY;
ALTER TABLE team.spans ENABLE ROW LEVEL SECURITY;
ALTER TABLE team.relations ENABLE ROW LEVEL SECURITY;
ALTER TABLE team.statuses ENABLE ROW LEVEL SECURITY;
-- a document is theirs when it is handed to them, or when nothing is handed out at all
CREATE FUNCTION team.mine(doc bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = team, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM team.handouts h WHERE h.doc_id = doc
                 AND h.annotator = session_user)
      OR NOT EXISTS (SELECT 1 FROM team.handouts) $$;
CREATE POLICY documents_theirs ON team.documents FOR SELECT TO {ANNOTATORS}
  USING (team.mine(id));
CREATE POLICY handouts_theirs ON team.handouts FOR SELECT TO {ANNOTATORS}
  USING (annotator = session_user);
CREATE POLICY spans_own ON team.spans FOR ALL TO {ANNOTATORS}
  USING (annotator = session_user) WITH CHECK (annotator = session_user AND team.mine(doc_id));
CREATE POLICY relations_own ON team.relations FOR ALL TO {ANNOTATORS}
  USING (annotator = session_user) WITH CHECK (annotator = session_user AND team.mine(doc_id));
CREATE POLICY statuses_own ON team.statuses FOR ALL TO {ANNOTATORS}
  USING (annotator = session_user) WITH CHECK (annotator = session_user AND team.mine(doc_id));
"""

MIGRATIONS: list[str] = [_V1]
SERVER_SCHEMA_VERSION = len(MIGRATIONS)


def installed_version(conn: Any) -> int | None:
    """The team schema's version in this database, or None where there is no team project."""
    row = conn.execute("SELECT to_regclass('team.meta')").fetchone()
    if row is None or row[0] is None:
        return None
    got = conn.execute("SELECT value FROM team.meta WHERE key = 'schema_version'").fetchone()
    return int(got[0]) if got else 0


def migrate(conn: Any) -> None:
    """Bring the team schema up to date, in the caller's transaction (the lead's login)."""
    version = installed_version(conn) or 0
    for step in MIGRATIONS[version:]:
        conn.execute(step)
    conn.execute("INSERT INTO team.meta (key, value) VALUES ('schema_version', %s) "
                 "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                 (str(SERVER_SCHEMA_VERSION),))

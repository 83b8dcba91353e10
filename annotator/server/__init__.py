"""A team on one shared PostgreSQL server: the server's schema and logins, `server init`,
`join` and `sync`. Qt-free; psycopg (the `server` extra) is imported on first use. The desktop
keeps working on its SQLite project; nothing in the editor or the formats knows the server."""

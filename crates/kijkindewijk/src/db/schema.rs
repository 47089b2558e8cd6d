//! A backend-neutral description of the live schema, used to prove that the SQLite and PostgreSQL
//! migrations describe the same tables, columns and indexes.

use std::collections::BTreeMap;

use super::Db;

/// A column reduced to what both backends can express the same way.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Column {
    /// Column name.
    pub name: String,
    /// Type family: `text`, `integer`, `real`, `boolean`, `timestamp`, `date` or `blob`.
    pub family: String,
    /// Whether NULL is allowed (primary-key columns count as NOT NULL).
    pub nullable: bool,
}

/// Tables (by name) with their columns (sorted by name), plus the named indexes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schema {
    /// Columns per table.
    pub tables: BTreeMap<String, Vec<Column>>,
    /// Index names created by migrations (`idx_*` and `ux_*`), with their table.
    pub indexes: Vec<(String, String)>,
}

fn family(declared: &str) -> String {
    let t = declared.to_ascii_lowercase();
    let f = if t.contains("timestamp") {
        "timestamp"
    } else if t == "date" {
        "date"
    } else if t.contains("bool") {
        "boolean"
    } else if t.contains("int") {
        "integer"
    } else if t.contains("real")
        || t.contains("double")
        || t.contains("float")
        || t.contains("numeric")
    {
        "real"
    } else if t.contains("blob") || t.contains("bytea") {
        "blob"
    } else if t.contains("char") || t.contains("text") || t.is_empty() {
        "text"
    } else {
        return t;
    };
    f.to_string()
}

/// A column as read back: table, name, normalised type, nullable.
type ColumnRow = (String, String, String, bool);
/// An index as read back: table, name.
type IndexRow = (String, String);

/// Reads the schema of the connected database.
pub async fn describe(db: &Db) -> Result<Schema, sqlx::Error> {
    let (columns, indexes): (Vec<ColumnRow>, Vec<IndexRow>) = match db {
        Db::Sqlite(p) => {
            let cols: Vec<(String, String, String, i64, i64)> = sqlx::query_as(
                "SELECT m.name, c.name, c.type, c.\"notnull\", c.pk FROM sqlite_master m \
                 JOIN pragma_table_info(m.name) c \
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%' \
                   AND m.name NOT LIKE '%_fts%'",
            )
            .fetch_all(p)
            .await?;
            let idx = sqlx::query_as(
                "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' \
                 AND (name LIKE 'idx\\_%' ESCAPE '\\' OR name LIKE 'ux\\_%' ESCAPE '\\')",
            )
            .fetch_all(p)
            .await?;
            (
                cols.into_iter()
                    .map(|(t, c, ty, nn, pk)| (t, c, ty, nn == 0 && pk == 0))
                    .collect(),
                idx,
            )
        }
        Db::Postgres(p) => {
            let cols: Vec<(String, String, String, String)> = sqlx::query_as(
                "SELECT table_name::text, column_name::text, data_type::text, is_nullable::text \
                 FROM information_schema.columns WHERE table_schema = current_schema() \
                 AND table_name NOT LIKE '\\_sqlx%'",
            )
            .fetch_all(p)
            .await?;
            let idx = sqlx::query_as(
                "SELECT indexname::text, tablename::text FROM pg_indexes WHERE schemaname = current_schema() \
                 AND (indexname LIKE 'idx\\_%' OR indexname LIKE 'ux\\_%')",
            )
            .fetch_all(p)
            .await?;
            (
                cols.into_iter()
                    .map(|(t, c, ty, n)| (t, c, ty, n == "YES"))
                    .collect(),
                idx,
            )
        }
    };
    let mut tables: BTreeMap<String, Vec<Column>> = BTreeMap::new();
    for (table, name, declared, nullable) in columns {
        tables.entry(table).or_default().push(Column {
            name,
            family: family(&declared),
            nullable,
        });
    }
    for cols in tables.values_mut() {
        cols.sort();
    }
    let mut indexes = indexes;
    indexes.sort();
    Ok(Schema { tables, indexes })
}

#[cfg(test)]
mod tests {
    use super::family;

    #[test]
    fn type_families_match_across_backends() {
        assert_eq!(family("TIMESTAMPTZ"), family("timestamp with time zone"));
        assert_eq!(family("BIGINT"), family("bigint"));
        assert_eq!(family("BOOLEAN"), family("boolean"));
        assert_eq!(family("TEXT"), family("text"));
        assert_eq!(family("DOUBLE PRECISION"), family("double precision"));
    }
}

//! Rewrites that make DataFusion read a checked query as polars SQL does, so the same SQL
//! gives the same answer on either engine. Each rule is named, applied in this order, and
//! tested on its own; they run after the sandbox and add no table, file or function that
//! could read anything.
//!
//! What no rule covers is listed in docs/deploy.md ("SQL: what differs between the engines").

use std::ops::ControlFlow;

use datafusion::sql::sqlparser::ast::{
    BinaryOperator, CastKind, DataType, ExactNumberInfo, Expr, Ident, ObjectName, ObjectNamePart,
    Statement, visit_expressions_mut,
};

/// One rewrite of an expression, in place.
struct Rule {
    /// What it does, for docs and messages.
    name: &'static str,
    apply: fn(&mut Expr),
}

/// The rules, in order.
const RULES: &[Rule] = &[
    Rule {
        // polars: `7 / 2` is 3.5; DataFusion divides integers as integers (3).
        name: "division is true division",
        apply: true_division,
    },
    Rule {
        // polars' `strftime(x, fmt)` is DataFusion's `to_char(x, fmt)`; both take chrono's
        // format strings (`%Y-%m`).
        name: "strftime is to_char",
        apply: strftime_is_to_char,
    },
];

/// The names of the rules, in order.
pub fn rule_names() -> Vec<&'static str> {
    RULES.iter().map(|r| r.name).collect()
}

/// Apply every rule to every expression of `statement`.
pub fn polars_semantics(statement: &mut Statement) {
    let _ = visit_expressions_mut(statement, |expr| {
        for rule in RULES {
            (rule.apply)(expr);
        }
        ControlFlow::<()>::Continue(())
    });
}

fn true_division(expr: &mut Expr) {
    if let Expr::BinaryOp {
        left,
        op: BinaryOperator::Divide,
        ..
    } = expr
    {
        if matches!(
            **left,
            Expr::Cast {
                data_type: DataType::Double(_),
                ..
            }
        ) {
            return;
        }
        let operand = std::mem::replace(
            &mut **left,
            Expr::value(datafusion::sql::sqlparser::ast::Value::Null),
        );
        **left = Expr::Cast {
            kind: CastKind::Cast,
            expr: Box::new(operand),
            data_type: DataType::Double(ExactNumberInfo::None),
            array: false,
            format: None,
        };
    }
}

fn strftime_is_to_char(expr: &mut Expr) {
    if let Expr::Function(f) = expr
        && f.name.to_string().eq_ignore_ascii_case("strftime")
    {
        f.name = ObjectName(vec![ObjectNamePart::Identifier(Ident::new("to_char"))]);
    }
}

#[cfg(test)]
mod tests {
    use datafusion::sql::parser::{DFParserBuilder, Statement as DfStatement};

    use super::*;

    fn rewrite(rule: fn(&mut Expr), sql: &str) -> String {
        let mut statements = DFParserBuilder::new(sql)
            .build()
            .unwrap()
            .parse_statements()
            .unwrap();
        let DfStatement::Statement(mut statement) = statements.pop_front().unwrap() else {
            panic!("not a plain statement")
        };
        let _ = visit_expressions_mut(&mut *statement, |e| {
            rule(e);
            ControlFlow::<()>::Continue(())
        });
        statement.to_string()
    }

    #[test]
    fn division_is_true_division() {
        assert_eq!(
            rewrite(true_division, "SELECT a / b AS q FROM data"),
            "SELECT CAST(a AS DOUBLE) / b AS q FROM data"
        );
        // Nested: each division once; a cast already there is kept.
        assert_eq!(
            rewrite(
                true_division,
                "SELECT (a / b) / CAST(c AS DOUBLE) FROM data"
            ),
            "SELECT CAST((CAST(a AS DOUBLE) / b) AS DOUBLE) / CAST(c AS DOUBLE) FROM data"
        );
        assert_eq!(
            rewrite(true_division, "SELECT CAST(a AS DOUBLE) / b FROM data"),
            "SELECT CAST(a AS DOUBLE) / b FROM data"
        );
        // Other operators are left alone.
        assert_eq!(
            rewrite(true_division, "SELECT a % b, a * b FROM data"),
            "SELECT a % b, a * b FROM data"
        );
    }

    #[test]
    fn strftime_is_to_char() {
        assert_eq!(
            rewrite(
                super::strftime_is_to_char,
                "SELECT STRFTIME(d, '%Y-%m') FROM data"
            ),
            "SELECT to_char(d, '%Y-%m') FROM data"
        );
        assert_eq!(
            rewrite(super::strftime_is_to_char, "SELECT upper(s) FROM data"),
            "SELECT upper(s) FROM data"
        );
    }

    #[test]
    fn every_rule_is_named_and_applied() {
        assert_eq!(
            rule_names(),
            ["division is true division", "strftime is to_char"]
        );
        let mut statements =
            DFParserBuilder::new("SELECT strftime(d, '%Y') AS y, a / 2 AS h FROM data")
                .build()
                .unwrap()
                .parse_statements()
                .unwrap();
        let DfStatement::Statement(mut statement) = statements.pop_front().unwrap() else {
            panic!()
        };
        polars_semantics(&mut statement);
        assert_eq!(
            statement.to_string(),
            "SELECT to_char(d, '%Y') AS y, CAST(a AS DOUBLE) / 2 AS h FROM data"
        );
    }
}

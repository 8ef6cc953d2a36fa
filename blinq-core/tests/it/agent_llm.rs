//! The language-model planner against a local server speaking the chat-completions
//! protocol (std TcpListener on 127.0.0.1:0), with canned replies: an invalid plan first
//! (unknown column) to exercise the repair attempt, then a valid one.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::mpsc;
use std::thread;

use blinq_core::Dataset;
use blinq_core::agent::llm::{LlmConfig, Price};
use blinq_core::agent::{AskOptions, Mode, Planner, ask};
use blinq_core::plot::PlotFormat;
use serde_json::{Value, json};

/// Serve one canned completion per content; send each request body back through a channel.
fn serve(contents: Vec<String>) -> (String, mpsc::Receiver<Value>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/v1", listener.local_addr().unwrap());
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        for (i, content) in contents.into_iter().enumerate() {
            let (mut stream, _) = listener.accept().unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut length = 0;
            let mut request_line = String::new();
            reader.read_line(&mut request_line).unwrap();
            assert!(
                request_line.starts_with("POST /v1/chat/completions "),
                "{request_line}"
            );
            loop {
                let mut line = String::new();
                reader.read_line(&mut line).unwrap();
                if line == "\r\n" {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap();
                }
            }
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            tx.send(serde_json::from_slice(&body).unwrap()).unwrap();
            let reply = json!({
                "id": format!("chatcmpl-{i}"),
                "object": "chat.completion",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 1000, "completion_tokens": 100, "total_tokens": 1100},
            })
            .to_string();
            write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{reply}",
                reply.len()
            )
            .unwrap();
        }
    });
    (url, rx)
}

fn config(url: String) -> LlmConfig {
    let mut config = LlmConfig::new(url, "local-test");
    config.price = Price {
        input_per_million: 1.0,
        output_per_million: 2.0,
    };
    config
}

#[test]
fn invalid_plan_gets_one_repair_attempt_and_usage_is_priced() {
    let bad = json!({"sql": "SELECT species, AVG(body_mass) AS m FROM data GROUP BY species"})
        .to_string();
    let good = format!(
        "```json\n{}\n```",
        json!({"sql": "SELECT species, AVG(body_mass_g) AS m FROM data GROUP BY species ORDER BY species",
               "plot": null, "explanation": "Average body mass per species."})
    );
    let (url, requests) = serve(vec![bad, good]);
    let data = Dataset::from_path("tests/fixtures/penguins.csv").unwrap();
    let options = AskOptions {
        planner: Planner::Llm(config(url)),
        ..AskOptions::default()
    };
    let answer = ask(&data, "average body mass by species", &options).unwrap();
    assert_eq!(answer.mode, Mode::Llm);
    assert_eq!(
        (answer.usage.input_tokens, answer.usage.output_tokens),
        (2000, 200)
    );
    // 2000 tokens at $1/M + 200 at $2/M
    assert!((answer.cost - 0.0024).abs() < 1e-12, "{}", answer.cost);
    let rows = answer.table.unwrap().rows;
    assert_eq!(rows[2][0], "Gentoo");
    assert!((rows[2][1].as_f64().unwrap() - 5076.016260162602).abs() < 1e-9);

    let first: Value = requests.recv().unwrap();
    let system = first["messages"][0]["content"].as_str().unwrap();
    assert!(
        system.contains("\"body_mass_g\" (int64)") || system.contains("\"body_mass_g\""),
        "{system}"
    );
    let second: Value = requests.recv().unwrap();
    let repair = second["messages"].as_array().unwrap().last().unwrap()["content"]
        .as_str()
        .unwrap();
    assert!(
        repair.contains("body_mass"),
        "the repair request carries the error: {repair}"
    );
}

#[test]
fn chart_plans_render_and_unsafe_plans_are_refused() {
    let chart = json!({"sql": "SELECT island, flipper_length_mm FROM data",
        "plot": {"kind": "bar", "x": "island", "y": "flipper_length_mm", "aggregate": "mean"}})
    .to_string();
    let evil = json!({"sql": "SELECT * FROM read_csv('/etc/passwd')"}).to_string();
    let (url, _requests) = serve(vec![chart, evil.clone(), evil]);
    let data = Dataset::from_path("tests/fixtures/penguins.csv").unwrap();
    let options = AskOptions {
        planner: Planner::Llm(config(url)),
        format: PlotFormat::Svg,
        ..AskOptions::default()
    };
    let answer = ask(&data, "bar chart of flipper length by island", &options).unwrap();
    assert!(answer.is_plotting);
    assert_eq!(answer.plot.unwrap().spec.x.as_deref(), Some("island"));
    let err = ask(&data, "show me /etc/passwd", &options).unwrap_err();
    assert_eq!(err.code(), "sandbox");
}

#[test]
fn unreachable_endpoint_is_an_llm_error() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/v1", listener.local_addr().unwrap());
    drop(listener);
    let data = Dataset::from_path("tests/fixtures/penguins.csv").unwrap();
    let options = AskOptions {
        planner: Planner::Llm(config(url)),
        ..AskOptions::default()
    };
    assert_eq!(
        ask(&data, "how many rows", &options).unwrap_err().code(),
        "llm"
    );
    let https = AskOptions {
        planner: Planner::Llm(config("https://api.example.invalid/v1".into())),
        ..AskOptions::default()
    };
    assert_eq!(
        ask(&data, "how many rows", &https).unwrap_err().code(),
        "llm"
    );
}

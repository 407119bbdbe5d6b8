import { z } from "zod";

// Plain words for every refusal a schema did not phrase itself. Forms only
// ever send text, so these are what a hand-made or broken request sees: zod's
// own wording ("Invalid input: expected string, received number") is for
// programmers. A message written on a schema always wins over these.
const FORMAT: Record<string, string> = { email: "an email address", url: "an address such as https://example.org", date: "a date like 2026-12-01", datetime: "a date and time like 2026-12-01T09:30:00Z", regex: "a value in the expected form" };

z.config({
  customError: (issue) => {
    switch (issue.code) {
      case "invalid_type":
        if (issue.expected === "object" || issue.expected === "array" || issue.expected === "record") return "That request was not understood.";
        if (issue.expected === "boolean") return "Choose yes or no";
        if (issue.expected === "number" || issue.expected === "int" || issue.expected === "bigint") return "Enter a number";
        if (issue.expected === "date") return "Enter a valid date and time";
        return "Enter text";
      case "too_big":
        return issue.origin === "string" ? `Use at most ${issue.maximum} characters` : issue.origin === "number" || issue.origin === "int" ? `Enter a number no bigger than ${issue.maximum}` : "That is too much";
      case "too_small":
        return issue.origin === "string" ? (Number(issue.minimum) <= 1 ? "This cannot be empty" : `Use at least ${issue.minimum} characters`) : issue.origin === "number" || issue.origin === "int" ? `Enter a number of at least ${issue.minimum}` : "That is too little";
      case "invalid_format":
        return `Enter ${FORMAT[issue.format] ?? "a value in the expected form"}`;
      case "invalid_value":
        return "Choose one of the options offered";
      case "unrecognized_keys":
        return "The request has a field that is not accepted";
      case "invalid_union":
      case "invalid_key":
      case "invalid_element":
        return "That request was not understood.";
      case "not_multiple_of":
        return "Enter a whole number";
      default:
        return "That value is not accepted";
    }
  },
});

export { z };

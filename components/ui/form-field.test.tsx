// A field named once reads its ids, aria attributes and translated error from the form around it
//: what it draws must be what the end-to-end tests and screen readers look for.
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { FormProvider, type FieldErrors } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import messages from "@/messages/en.json";
import { defineForm } from "./form-field";
import type { SchemaFormValues } from "./use-schema-form";

const schema = z.object({
  name: z.string().min(1, "errors.required"),
  kind: z.enum(["A", "B"], "errors.invalidChoice"),
  agreed: z.boolean(),
  topics: z.array(z.enum(["X", "Y"])).min(1, "errors.chooseAtLeastOne"),
  events: z.array(z.object({ place: z.string() })),
});
const Test = defineForm(schema);
type Values = SchemaFormValues<typeof schema>;
const defaults: Values = { name: "", kind: "", agreed: false, topics: [], events: [{ place: "" }] };

function InForm({ errors, children }: { errors?: FieldErrors<Values>; children: ReactNode }) {
  const form = Test.useForm({ defaultValues: defaults, errors });
  return <FormProvider {...form}>{children}</FormProvider>;
}

const render = (children: ReactNode, errors?: FieldErrors<Values>) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="en-GB" timeZone="UTC" messages={messages}>
      <InForm errors={errors}>{children}</InForm>
    </NextIntlClientProvider>,
  );

const required = messages.errors.required;

describe("FormField", () => {
  it("labels its control by the field's name, which is its id", () => {
    const html = render(<Test.Input name="name" label="Name" autoComplete="off" />);
    expect(html).toContain('<label for="name">Name</label>');
    expect(html).toMatch(/<input autoComplete="off" id="name" name="name"\/>/);
    expect(html).not.toContain("aria-invalid");
    expect(html).not.toContain("aria-describedby");
    expect(html).not.toContain('role="alert"');
  });

  it("points aria-describedby at its hint", () => {
    const html = render(<Test.Input name="name" label="Name" hint="As in the passport" />);
    expect(html).toContain('<span class="hint" id="name-hint">As in the passport</span>');
    expect(html).toContain('aria-describedby="name-hint"');
  });

  it("shows its error translated, marks the control invalid and points aria-describedby at the error after the hint", () => {
    const html = render(<Test.Input name="name" label="Name" hint="As in the passport" />, {
      name: { type: "custom", message: "errors.required" },
    });
    expect(html).toContain(`<span class="field-error" id="name-error" role="alert">${required}</span>`);
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="name-hint name-error"');
    expect(html).not.toContain(">errors.required<");
  });

  it("takes another id where two forms share a page, keeping the name it posts", () => {
    const html = render(
      <Test.Select name="kind" id="kind-2" label="Kind">
        <option value="A">A</option>
      </Test.Select>,
      { kind: { type: "custom", message: "errors.invalidChoice" } },
    );
    expect(html).toContain('<label for="kind-2">Kind</label>');
    expect(html).toContain('<select id="kind-2" aria-invalid="true" aria-describedby="kind-2-error" name="kind">');
    expect(html).toContain(
      `<span class="field-error" id="kind-2-error" role="alert">${messages.errors.invalidChoice}</span>`,
    );
  });

  it("draws any control through a render prop, and names a field in a list by its path", () => {
    const html = render(
      <Test.Field name="events.0.place" label="Place">
        {(control) => <textarea rows={2} {...control} />}
      </Test.Field>,
      {
        events: [{ place: { type: "custom", message: "errors.required" } }],
      },
    );
    expect(html).toContain('<label for="events.0.place">Place</label>');
    expect(html).toContain(
      '<textarea rows="2" id="events.0.place" aria-invalid="true" aria-describedby="events.0.place-error" name="events.0.place"></textarea>',
    );
    expect(html).toContain(`id="events.0.place-error" role="alert">${required}<`);
  });

  it("a checkbox sits in its label, its error after it", () => {
    const html = render(<Test.Checkbox name="agreed" label="Agreed" />, {
      agreed: { type: "custom", message: "errors.required" },
    });
    expect(html).toContain(
      '<label class="checkbox-field"><input type="checkbox" id="agreed" aria-invalid="true" aria-describedby="agreed-error" name="agreed"/> Agreed</label>',
    );
    expect(html).toContain(`<span class="field-error" id="agreed-error" role="alert">${required}</span>`);
  });

  it("a list's error from its root shows on the toggles, and the group names it", () => {
    const html = render(
      <Test.Toggles name="topics" label="Topics" options={["X", "Y"]} labelOf={(o) => `Topic ${o}`} />,
      {
        topics: { root: { type: "custom", message: "errors.chooseAtLeastOne" } },
      } as FieldErrors<Values>,
    );
    expect(html).toContain('<fieldset class="toggle-group" aria-describedby="topics-error">');
    expect(html).toContain('<legend id="topics-label">Topics</legend>');
    expect(html).toContain(
      `<span class="field-error" id="topics-error" role="alert">${messages.errors.chooseAtLeastOne}</span>`,
    );
  });

  it("radio buttons share the field's name under a legend that the error describes", () => {
    const html = render(<Test.Radios name="kind" label="Kind" options={["A", "B"]} labelOf={(o) => `Kind ${o}`} />, {
      kind: { type: "custom", message: "errors.invalidChoice" },
    });
    expect(html).toContain('<fieldset class="radio-group" aria-describedby="kind-error"><legend>Kind</legend>');
    expect(html).toContain('<label><input type="radio" name="kind" value="A"/> Kind A</label>');
    expect(html).toContain('id="kind-error" role="alert"');
  });

  it("names are paths of the schema's values", () => {
    // @ts-expect-error -- not a field of the schema
    expect(() => render(<Test.Input name="nmae" label="Typo" />)).not.toThrow();
    // Lists are named by index.
    render(<Test.Input name="events.0.place" label="Place" />);
  });
});

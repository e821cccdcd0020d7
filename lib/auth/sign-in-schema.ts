// What the sign-in form sends (the browser's form and the server's check read the same schema).
import { z } from "zod/mini";
import { currentPasswordField, emailField, secondFactorCodeField } from "@/lib/validation/account";

export const signInSchema = z.object({
  email: emailField,
  password: currentPasswordField,
  code: secondFactorCodeField,
});
export type SignInInput = z.infer<typeof signInSchema>;

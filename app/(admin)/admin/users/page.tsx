import type { Metadata } from "next";
import { ROLES } from "@/lib/schemas/user";
import { requireActor } from "@/lib/server/auth/session";
import { listUsers } from "@/lib/server/users/manage-users";
import { ActionForm } from "./_components/action-form";
import { CreateUserForm } from "./_components/create-user-form";
import { changeRoleAction, resetPasswordAction, setDisabledAction } from "./actions";
import { Guarded } from "./_components/guarded";

export const metadata: Metadata = { title: "Users — Pressroom" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const button = "rounded border border-muted px-2 py-1 text-sm";

export default async function UsersPage() {
  const actor = await requireActor();
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold">Users</h1>
      <Guarded load={() => listUsers(actor)}>
        {(users) => (
          <>
            <table className="mt-6 w-full border-collapse text-left">
              <thead>
                <tr className="border-b border-rule">
                  <th className="py-2 pr-4">Name</th>
                  <th className="py-2 pr-4">Email</th>
                  <th className="py-2 pr-4">Role</th>
                  <th className="py-2 pr-4">Status</th>
                  <th className="py-2 pr-4">Last sign-in (UTC)</th>
                  <th className="py-2">Actions</th>
                </tr>
              </thead>
              <tbody>
                {users.map((user) => (
                  <tr key={user.id} className="border-b border-rule align-top">
                    <td className="py-2 pr-4">{user.name}</td>
                    <td className="py-2 pr-4">{user.email}</td>
                    <td className="py-2 pr-4">{user.role.toLowerCase()}</td>
                    <td className="py-2 pr-4">{user.disabled ? "Disabled" : "Active"}</td>
                    <td className="py-2 pr-4">{user.lastSignInAt ? when.format(user.lastSignInAt) : "Never"}</td>
                    <td className="space-y-2 py-2">
                      <ActionForm action={changeRoleAction} className="flex flex-wrap items-center gap-2">
                        <input type="hidden" name="userId" value={user.id} />
                        <label htmlFor={`role-${user.id}`} className="sr-only">
                          Role for {user.email}
                        </label>
                        <select id={`role-${user.id}`} name="role" defaultValue={user.role} className="rounded border border-muted px-2 py-1">
                          {ROLES.map((role) => (
                            <option key={role} value={role}>
                              {role.toLowerCase()}
                            </option>
                          ))}
                        </select>
                        <button type="submit" className={button}>
                          Change role<span className="sr-only"> of {user.email}</span>
                        </button>
                      </ActionForm>
                      <ActionForm action={setDisabledAction}>
                        <input type="hidden" name="userId" value={user.id} />
                        <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
                        <button type="submit" className={button}>
                          {user.disabled ? "Enable" : "Disable"}
                          <span className="sr-only"> {user.email}</span>
                        </button>
                      </ActionForm>
                      <ActionForm action={resetPasswordAction}>
                        <input type="hidden" name="userId" value={user.id} />
                        <button type="submit" className={button}>
                          Reset password<span className="sr-only"> of {user.email}</span>
                        </button>
                      </ActionForm>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h2 className="mt-10 mb-4 text-xl font-bold">Create an account</h2>
            <p className="mb-4 text-muted">The new account gets a one-time password, shown here once, to pass on privately.</p>
            <CreateUserForm />
          </>
        )}
      </Guarded>
    </main>
  );
}

export const revalidate = 30;

export default function HomePage() {
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold">Press releases and news</h1>
    </main>
  );
}

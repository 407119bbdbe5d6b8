import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArchiveView, parsePage } from "@/components/public/archive-view";
import { categoryFeedAlternateTypes } from "@/lib/server/feeds/alternates";
import { getCategoryBySlug as findCategory } from "@/lib/server/releases/public";

export const revalidate = 30;

// generateMetadata and the page look the category up once per render.
const getCategoryBySlug = cache((slug: string) => findCategory(slug));

type Params = { params: Promise<{ slug: string; page?: string[] }> };

export function generateStaticParams(): { slug: string; page?: string[] }[] {
  return [];
}

function pageOf(rest: string[] | undefined): number {
  if (!rest) return 1;
  if (rest.length !== 2 || rest[0] !== "page") notFound();
  return parsePage(rest[1]);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const category = await getCategoryBySlug(slug);
  return category
    ? { title: category.name, description: category.description || `${category.name}, newest first.`, alternates: { types: categoryFeedAlternateTypes(category.slug, category.name) } }
    : {};
}

export default async function CategoryPage({ params }: Params) {
  const { slug, page } = await params;
  const category = await getCategoryBySlug(slug);
  if (!category) notFound();
  return (
    <ArchiveView heading={category.name} intro={category.description} basePath={`/news/category/${category.slug}`} page={pageOf(page)} filter={{ categoryId: category.id }} allowEmpty />
  );
}

import type { Crumb } from "@/components/page-header";

export const listsCrumbs: Crumb[] = [
  { href: "/overzicht", label: "Overzicht" },
  { href: "/lijsten", label: "Landen en apps" },
];

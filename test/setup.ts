import "@/lib/zod-nl";

import { optionalText } from "@/lib/zod-nl";

// iOS bundle ids: reverse-DNS, letters, digits, hyphens and dots (Apple's CFBundleIdentifier rules).
const IOS_BUNDLE_ID = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
// Android package names: at least two segments, each starting with a letter; letters, digits, underscores.
const ANDROID_PACKAGE = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/;

export const isIosBundleId = (value: string) => value.length <= 155 && IOS_BUNDLE_ID.test(value);
export const isAndroidPackage = (value: string) => value.length <= 150 && ANDROID_PACKAGE.test(value);

const identifier = optionalText(200);

export const iosBundleIdSchema = identifier.refine((v) => v === null || isIosBundleId(v), {
  message: "Dit is geen geldige iOS-bundel-ID. Een bundel-ID bestaat uit delen met punten ertussen, zoals com.zhiliaoapp.musically.",
});

export const androidPackageSchema = identifier.refine((v) => v === null || isAndroidPackage(v), {
  message: "Dit is geen geldige Android-pakketnaam. Een pakketnaam bestaat uit delen met punten ertussen en elk deel begint met een letter, zoals com.tencent.mm.",
});

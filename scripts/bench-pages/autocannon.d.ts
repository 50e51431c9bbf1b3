// The part of autocannon 9 this benchmark uses (the package ships no types).
declare module "autocannon" {
  type Options = { url: string; connections?: number; duration?: number; headers?: Record<string, string>; timeout?: number; renderProgressBar?: boolean };
  type Result = {
    requests: { average: number; total: number };
    latency: { p99: number; average: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
  };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
